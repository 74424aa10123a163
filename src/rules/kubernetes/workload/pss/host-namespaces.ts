import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';

const namespaceFields = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

// PSA check `hostNamespaces`, one behaviour at every policy version (1.0+): `spec.hostNetwork`, `spec.hostPID` and
// `spec.hostIPC` must be unset or false.
export const hostNamespaces = defineRule({
  id: 'KW003',
  slug: 'host-namespaces',
  title: 'Pod shares a host namespace',
  severity: 'critical',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    "Sharing the node's network, PID or IPC namespace removes the isolation between the pod and the host: the pod " +
    'can sniff or bind host interfaces, see and signal every process on the node, or read host shared memory.',
  remediation:
    'Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false); expose the pod through a Service instead ' +
    'of the host network.',
  references: {
    pss: { level: 'baseline', control: 'hostNamespaces' },
    cis: ['k8s-1.9:5.2.3', 'k8s-1.9:5.2.4', 'k8s-1.9:5.2.5'],
    trivy: ['KSV-0008', 'KSV-0009', 'KSV-0010'],
    mitre: ['T1611'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    hostNamespace: 'the pod shares the host namespace ({{field}}: true)',
  },
  *check(view) {
    for (const field of namespaceFields) {
      if (view.spec[field] !== true) continue;
      yield { messageId: 'hostNamespace', data: { field }, path: [...view.specPath, field] };
    }
  },
});
