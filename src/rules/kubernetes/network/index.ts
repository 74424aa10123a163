import type { AnyRule } from '../../define-rule.js';
import { namespaceWithoutDefaultDenyEgress } from './namespace-without-default-deny-egress.js';
import { namespaceWithoutDefaultDenyIngress } from './namespace-without-default-deny-ingress.js';
import { networkPolicyAllowsAll } from './network-policy-allows-all.js';
import { networkPolicyInvalid } from './network-policy-invalid.js';
import { networkPolicyNamespaceNotFound } from './network-policy-namespace-not-found.js';
import { networkPolicySelectsNoPod } from './network-policy-selects-no-pod.js';
import { workloadNotIsolatedByNetworkPolicy } from './workload-not-isolated-by-network-policy.js';

/** Network segmentation rules, by id. They judge with the whole input's index (see core/cluster.ts). */
export const networkRules: readonly AnyRule[] = [
  namespaceWithoutDefaultDenyIngress,
  namespaceWithoutDefaultDenyEgress,
  workloadNotIsolatedByNetworkPolicy,
  networkPolicySelectsNoPod,
  networkPolicyAllowsAll,
  networkPolicyInvalid,
  networkPolicyNamespaceNotFound,
];
