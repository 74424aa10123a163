import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { nonDefaultProcMounts, procMountRestrictedSince } from './pss-utils/proc-mount.js';
import {
  baselineCheckInForce,
  containerSecurityContextPath,
  relaxedForUserNamespace,
} from './pss-utils/policy.js';

// PSA check `procMount` (baseline):
// - 1.0–1.34: every container's `securityContext.procMount` must be unset or Default;
// - 1.35+: the same, except that a pod with `spec.hostUsers: false` may use any value (its /proc belongs to its own
//   user namespace).
// At the restricted level from 1.35 PSA replaces it with `procMount_restricted` (KW019), which keeps the strict form,
// so this rule stays silent there.
export const unmaskedProcMount = defineRule({
  id: 'KW010',
  slug: 'unmasked-proc-mount',
  title: 'Container unmasks /proc',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'The default /proc mount masks and makes read-only the kernel interfaces that leak host information or allow ' +
    'host changes; an Unmasked /proc in a pod that shares the host user namespace exposes them.',
  remediation:
    'Remove `securityContext.procMount` or set it to `Default`; if an unmasked /proc is required, run the pod in its ' +
    'own user namespace with `hostUsers: false`.',
  references: {
    pss: { level: 'baseline', control: 'procMount' },
    trivy: ['KSV-0027'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    procMount: 'container "{{container}}" sets securityContext.procMount to "{{procMount}}"',
  },
  *check(view, context) {
    if (!baselineCheckInForce(context, procMountRestrictedSince)) return;
    if (relaxedForUserNamespace(view, context)) return;
    for (const { entry, value } of nonDefaultProcMounts(view)) {
      yield {
        messageId: 'procMount',
        data: { container: entry.name, procMount: value },
        path: containerSecurityContextPath(entry, 'procMount'),
      };
    }
  },
});
