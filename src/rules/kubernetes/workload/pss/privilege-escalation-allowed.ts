import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { containerSecurityContextPath, isWindowsPod, policyAtLeast } from './pss-utils/policy.js';

// PSA check `allowPrivilegeEscalation`:
// - 1.0–1.7: no check (the field arrived in Kubernetes 1.8);
// - 1.8+: every container, init container and ephemeral container must set
//   `securityContext.allowPrivilegeEscalation: false` explicitly (unset means allowed);
// - 1.25+: Windows pods (`spec.os.name: windows`) are exempt.
export const privilegeEscalationAllowed = defineRule({
  id: 'KW014',
  slug: 'privilege-escalation-allowed',
  title: 'Privilege escalation not disabled',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Unless `allowPrivilegeEscalation` is false, a process can gain more privileges than its parent through setuid ' +
    'binaries or file capabilities (no_new_privs is not set), turning a foothold into root inside the container.',
  remediation:
    'Set `securityContext.allowPrivilegeEscalation: false` on every container, init container and ephemeral container.',
  references: {
    pss: { level: 'restricted', control: 'allowPrivilegeEscalation' },
    cis: ['k8s-1.9:5.2.6'],
    trivy: ['KSV-0001'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  },
  messages: {
    notFalse: 'container "{{container}}" does not set securityContext.allowPrivilegeEscalation: false',
  },
  *check(view, context) {
    if (!policyAtLeast(context, 8)) return;
    if (policyAtLeast(context, 25) && isWindowsPod(view)) return;
    for (const entry of view.containers) {
      if (entry.container.securityContext?.allowPrivilegeEscalation === false) continue;
      yield {
        messageId: 'notFalse',
        data: { container: entry.name },
        path: containerSecurityContextPath(entry, 'allowPrivilegeEscalation'),
      };
    }
  },
});
