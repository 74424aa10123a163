import type { Violation } from '../../../core/index.js';
import { workloadKinds } from '../../../sources/index.js';
import { defineRule } from '../../define-rule.js';
import { describePolicies } from '../network/network-utils/describe.js';
import { judgedWorkload } from '../network/network-utils/judged.js';

export const hostNetworkExposed = defineRule({
  id: 'KN015',
  slug: 'host-network-exposed',
  title: 'Pod ports are reachable on the node’s addresses',
  severity: 'medium',
  domain: 'kubernetes-network',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'A pod on the host network listens on the node’s own addresses: whoever reaches the node reaches every port ' +
    'its containers open, and network policies, which select pods by their pod addresses, do not reliably apply to ' +
    'it. A `hostPort` publishes one container port on the node’s addresses in the same way. KW003 and KW006 report ' +
    'the same fields as Pod Security violations; this rule says what is reachable, and whether a policy seems to ' +
    'protect it.',
  remediation:
    'Leave the host network to node agents that need it, and expose other ports through a Service; where a host ' +
    'port is unavoidable, restrict the node’s firewall to the clients that need it.',
  references: {
    mitre: ['T1133', 'T1210'],
    urls: [
      'https://kubernetes.io/docs/concepts/services-networking/network-policies/#what-you-can-t-do-with-network-policies-at-least-not-yet',
    ],
  },
  messages: {
    hostNetwork:
      'the pods of {{workload}} use the node’s network: {{ports}} listen on every node address, where network ' +
      'policies do not reliably apply{{policies}}',
    hostPort:
      'container "{{container}}" publishes port {{port}} as {{hostPort}} on every node it runs on: anyone who ' +
      'reaches the node reaches it',
  },
  *check(view, context): Iterable<Violation<'hostNetwork' | 'hostPort'>> {
    // A PodTemplate runs no pods of its own.
    if (view.kind === 'PodTemplate') return;
    const workload = `${view.kind} ${view.resource.namespace ?? 'default'}/${view.resource.name}`;
    if (view.spec.hostNetwork === true) {
      const ports = view.containers.flatMap((entry) =>
        (entry.container.ports ?? []).map(
          (port) => `${String(port.containerPort)}/${port.protocol ?? 'TCP'}`,
        ),
      );
      const judged = judgedWorkload(view, context);
      const selecting = judged?.node.group.selectedBy.map((part) => part.policy) ?? [];
      yield {
        messageId: 'hostNetwork',
        data: {
          workload,
          ports:
            ports.length === 0 ? 'every port its containers open' : `ports ${[...new Set(ports)].join(', ')}`,
          policies: selecting.length === 0 ? '' : `, so ${describePolicies(selecting)} may not protect them`,
        },
        path: [...view.specPath, 'hostNetwork'],
      };
      return;
    }
    for (const entry of view.containers)
      for (const [index, port] of (entry.container.ports ?? []).entries()) {
        if (typeof port.hostPort !== 'number' || port.hostPort === 0) continue;
        const protocol = port.protocol ?? 'TCP';
        yield {
          messageId: 'hostPort',
          data: {
            container: entry.name,
            port: `${String(port.containerPort)}/${protocol}`,
            hostPort: `${port.hostPort}/${protocol}`,
          },
          path: [...entry.path, 'ports', index, 'hostPort'],
        };
      }
  },
});
