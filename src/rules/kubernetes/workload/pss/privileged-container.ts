import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';

export const privilegedContainer = defineRule({
  id: 'KW001',
  slug: 'privileged-container',
  title: 'Privileged container',
  severity: 'critical',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'A privileged container has every Linux capability and the host devices; escaping to the node is a single mount ' +
    'or module load away. Pod Security Baseline forbids it.',
  remediation:
    'Remove `securityContext.privileged: true` and add only the specific capabilities the process needs.',
  references: {
    pss: { level: 'baseline', control: 'privileged' },
    cis: ['k8s-1.9:5.2.2'],
    trivy: ['KSV-0017'],
    mitre: ['T1611'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    privileged: 'container "{{container}}" runs privileged (securityContext.privileged: true)',
  },
  *check(view) {
    for (const entry of view.containers) {
      if (entry.container.securityContext?.privileged !== true) continue;
      yield {
        messageId: 'privileged',
        data: { container: entry.name },
        path: [...entry.path, 'securityContext', 'privileged'],
      };
    }
  },
});
