import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import {
  containerSecurityContextPath,
  podSecurityContextPath,
  policyAtLeast,
  relaxedForUserNamespace,
} from './pss-utils/policy.js';

// PSA check `runAsUser`:
// - 1.0–1.22: no check;
// - 1.23+: `runAsUser` of the pod and of every container must not be 0 (unset passes: runAsNonRoot covers it);
// - 1.35+: pods with `spec.hostUsers: false` are exempt.
export const runAsRootUser = defineRule({
  id: 'KW016',
  slug: 'run-as-root-user',
  title: 'Runs as UID 0',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'An explicit `runAsUser: 0` runs the container as root, so a breakout or a writable host path acts with root ' +
    'rights on the node; Pod Security Restricted forbids it.',
  remediation: 'Set `runAsUser` to a non-zero UID (or remove it and let a non-root image USER apply).',
  references: {
    pss: { level: 'restricted', control: 'runAsUser' },
    cis: ['k8s-1.9:5.2.7'],
    trivy: ['KSV-0105'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  },
  messages: {
    pod: 'the pod sets securityContext.runAsUser: 0',
    container: 'container "{{container}}" sets securityContext.runAsUser: 0',
  },
  *check(view, context) {
    if (!policyAtLeast(context, 23)) return;
    if (relaxedForUserNamespace(view, context)) return;
    if (view.spec.securityContext?.runAsUser === 0)
      yield { messageId: 'pod', path: podSecurityContextPath(view, 'runAsUser') };
    for (const entry of view.containers) {
      if (entry.container.securityContext?.runAsUser !== 0) continue;
      yield {
        messageId: 'container',
        data: { container: entry.name },
        path: containerSecurityContextPath(entry, 'runAsUser'),
      };
    }
  },
});
