import { defineRule } from '../../define-rule.js';
import { describeBackends, describeServicePorts, judgedService } from './exposure-utils/judged-service.js';

export const serviceNodePort = defineRule({
  id: 'KN011',
  slug: 'service-node-port',
  title: 'Service opens a port on every node',
  severity: 'medium',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: ['Service'],
  rationale:
    'A `NodePort` Service listens on the same port of every node, on every node address: whoever reaches a node ' +
    '(another tenant of the network, a misconfigured firewall, a public node address) reaches the pods behind it, ' +
    'and network policies see the traffic as coming from the node. `LoadBalancer` Services open node ports too; ' +
    'KN010 reports those.',
  remediation:
    'Use a `ClusterIP` Service behind an Ingress or Gateway, or a load balancer, and keep node ports closed at the ' +
    'firewall; if a node port is needed, restrict the node addresses that serve it (`--nodeport-addresses`).',
  references: {
    mitre: ['T1133'],
    urls: ['https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport'],
  },
  messages: {
    nodePort: 'Service {{service}} opens {{ports}} on every node{{backends}}',
  },
  *check(view, context) {
    const service = judgedService(view);
    if (service === undefined || service.type !== 'NodePort') return;
    yield {
      messageId: 'nodePort',
      data: {
        service: `${service.namespace}/${service.entry.name}`,
        ports: service.ports.some((port) => port.nodePort !== undefined)
          ? `node ports ${describeServicePorts(service, true)}`
          : `node ports (chosen by the cluster) for ${describeServicePorts(service)}`,
        backends: describeBackends(context, service),
      },
      path: ['spec', 'type'],
    };
  },
});
