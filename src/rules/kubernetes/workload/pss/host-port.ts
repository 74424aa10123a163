import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';

// PSA check `hostPorts`, one behaviour at every policy version (1.0+): every `ports[*].hostPort` of every container,
// init container and ephemeral container must be unset or 0.
export const hostPort = defineRule({
  id: 'KW006',
  slug: 'host-port',
  title: 'Container binds a host port',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    "A hostPort opens a port on the node's own network interfaces, bypassing Services and NetworkPolicy selection of " +
    'the node address, and ties the pod to nodes where the port is free. Pod Security Baseline forbids it.',
  remediation:
    'Remove `hostPort` and expose the container through a Service (ClusterIP, NodePort or LoadBalancer).',
  references: {
    pss: { level: 'baseline', control: 'hostPorts' },
    cis: ['k8s-1.9:5.2.13'],
    trivy: ['KSV-0024'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    hostPort: 'container "{{container}}" binds host port {{hostPort}}',
  },
  *check(view) {
    for (const entry of view.containers) {
      for (const [index, port] of (entry.container.ports ?? []).entries()) {
        const value = port.hostPort;
        if (value === null || value === undefined || value === 0) continue;
        yield {
          messageId: 'hostPort',
          data: { container: entry.name, hostPort: value },
          path: [...entry.path, 'ports', index, 'hostPort'],
        };
      }
    }
  },
});
