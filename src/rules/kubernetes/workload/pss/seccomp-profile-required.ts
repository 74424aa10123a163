import type { Violation } from '../../../../core/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import {
  baselineCheckInForce,
  isWindowsPod,
  podSecurityContextPath,
  policyAtLeast,
  quoteNames,
} from './pss-utils/policy.js';
import { badSeccompProfiles, seccompFieldSince } from './pss-utils/seccomp.js';

export type MessageId = 'missing' | 'pod' | 'container';

// PSA check `seccompProfile_restricted`, new in policy 1.19 (before that the restricted level runs the annotation
// form of the baseline check, KW011):
// - 1.19+: every container must end up with RuntimeDefault or Localhost: set on the container, or left unset under a
//   pod-level RuntimeDefault or Localhost. Any other explicit value (Unconfined, a profile without type) fails;
// - 1.25+: Windows pods (`spec.os.name: windows`) are exempt.
// It replaces the baseline check at the restricted level. When both rules run (no `--pss`), the explicit bad values
// are left to KW011 and this rule reports only the missing profiles.
export const seccompProfileRequired = defineRule({
  id: 'KW017',
  slug: 'seccomp-profile-required',
  title: 'Seccomp profile not set to RuntimeDefault or Localhost',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Without an explicit seccomp profile a container may run with no syscall filter at all, depending on the node; ' +
    'Pod Security Restricted requires the runtime default filter or a reviewed local profile.',
  remediation:
    'Set `spec.securityContext.seccompProfile.type: RuntimeDefault` at pod level (containers inherit it), or set it on ' +
    'every container.',
  references: {
    pss: { level: 'restricted', control: 'seccompProfile_restricted' },
    cis: ['k8s-1.9:5.7.2'],
    trivy: ['KSV-0030'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  },
  messages: {
    missing:
      'seccompProfile is not set: set it on the pod or on container(s) {{containers}} (RuntimeDefault or Localhost)',
    pod: 'the pod sets seccompProfile.type to "{{type}}"; Pod Security Restricted requires RuntimeDefault or Localhost',
    container:
      'container "{{container}}" sets seccompProfile.type to "{{type}}"; Pod Security Restricted requires RuntimeDefault or Localhost',
  },
  *check(view, context): Generator<Violation<MessageId>> {
    if (!policyAtLeast(context, seccompFieldSince)) return;
    if (policyAtLeast(context, 25) && isWindowsPod(view)) return;
    if (!baselineCheckInForce(context, seccompFieldSince)) {
      for (const bad of badSeccompProfiles(view)) {
        if (bad.entry === undefined) yield { messageId: 'pod', data: { type: bad.type }, path: bad.path };
        else
          yield {
            messageId: 'container',
            data: { container: bad.entry.name, type: bad.type },
            path: bad.path,
          };
      }
    }
    const podProfile = view.spec.securityContext?.seccompProfile;
    // A bad pod-level value is reported above (or by KW011); fixing it covers the containers that inherit it.
    if (podProfile !== null && podProfile !== undefined) return;
    const unset = view.containers.filter((entry) => {
      const profile = entry.container.securityContext?.seccompProfile;
      return profile === null || profile === undefined;
    });
    if (unset.length === 0) return;
    yield {
      messageId: 'missing',
      data: { containers: quoteNames(unset.map((entry) => entry.name)) },
      path: podSecurityContextPath(view, 'seccompProfile', 'type'),
    };
  },
});
