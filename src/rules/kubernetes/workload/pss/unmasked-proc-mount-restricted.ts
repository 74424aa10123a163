import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { nonDefaultProcMounts, procMountRestrictedSince } from './pss-utils/proc-mount.js';
import {
  baselineCheckInForce,
  containerSecurityContextPath,
  policyAtLeast,
  relaxedForUserNamespace,
} from './pss-utils/policy.js';

// PSA check `procMount_restricted`, new in policy 1.35 (before that the restricted level runs the baseline procMount
// check, KW010): every container's `securityContext.procMount` must be unset or Default, with no relaxation for
// `hostUsers: false`. It replaces the baseline check at the restricted level. When both rules run (no `--pss`), this
// rule reports only what KW010 lets through: the user-namespace pods.
export const unmaskedProcMountRestricted = defineRule({
  id: 'KW019',
  slug: 'unmasked-proc-mount-restricted',
  title: 'Container unmasks /proc (restricted, user namespaces included)',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Pod Security Restricted keeps the default /proc masks even for pods in their own user namespace: the masked ' +
    'kernel interfaces remain an attack surface that a hardened workload does not need.',
  remediation: 'Remove `securityContext.procMount` or set it to `Default`.',
  references: {
    pss: { level: 'restricted', control: 'procMount_restricted' },
    trivy: ['KSV-0027'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  },
  messages: {
    procMount:
      'container "{{container}}" sets securityContext.procMount to "{{procMount}}"; Pod Security Restricted allows only Default, even with hostUsers: false',
  },
  *check(view, context) {
    if (!policyAtLeast(context, procMountRestrictedSince)) return;
    const baselineReports =
      baselineCheckInForce(context, procMountRestrictedSince) && !relaxedForUserNamespace(view, context);
    if (baselineReports) return;
    for (const { entry, value } of nonDefaultProcMounts(view)) {
      yield {
        messageId: 'procMount',
        data: { container: entry.name, procMount: value },
        path: containerSecurityContextPath(entry, 'procMount'),
      };
    }
  },
});
