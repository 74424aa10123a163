import type { AnyRule } from '../../define-rule.js';
import { hostNetworkExposed } from './host-network-exposed.js';
import { ingressWithoutTls } from './ingress-without-tls.js';
import { serviceExternalIps } from './service-external-ips.js';
import { serviceLoadBalancer } from './service-load-balancer.js';
import { serviceNodePort } from './service-node-port.js';
import { serviceSelectsNoPod } from './service-selects-no-pod.js';

/** Exposure rules, by id: what the internet and the node network can reach. */
export const exposureRules: readonly AnyRule[] = [
  serviceLoadBalancer,
  serviceNodePort,
  serviceExternalIps,
  ingressWithoutTls,
  serviceSelectsNoPod,
  hostNetworkExposed,
];
