import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { baselineAllowedCapabilities, capabilitiesRestrictedSince } from './pss-utils/capabilities.js';
import { baselineCheckInForce, containerSecurityContextPath } from './pss-utils/policy.js';

// PSA check `capabilities_baseline`, one behaviour at every policy version (1.0+): every entry of
// `securityContext.capabilities.add` must be in the baseline list. At the restricted level from 1.22 PSA replaces it
// with `capabilities_restricted` (KW018), which also exempts Windows pods from 1.25, so this rule stays silent there.
export const addedCapabilities = defineRule({
  id: 'KW004',
  slug: 'added-capabilities',
  title: 'Container adds a capability outside the baseline set',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or NET_RAW give a container kernel powers that lead to ' +
    'node compromise or network spoofing. Pod Security Baseline allows adding only the small default set.',
  remediation:
    'Remove the capability from `securityContext.capabilities.add`; keep only capabilities from the baseline set ' +
    '(for example NET_BIND_SERVICE) that the process really needs.',
  references: {
    pss: { level: 'baseline', control: 'capabilities_baseline' },
    cis: ['k8s-1.9:5.2.8', 'k8s-1.9:5.2.9'],
    trivy: ['KSV-0022'],
    mitre: ['T1611'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    added:
      'container "{{container}}" adds capability {{capability}}, which Pod Security Baseline does not allow',
  },
  *check(view, context) {
    if (!baselineCheckInForce(context, capabilitiesRestrictedSince)) return;
    for (const entry of view.containers) {
      const added = entry.container.securityContext?.capabilities?.add ?? [];
      for (const [index, capability] of added.entries()) {
        if (baselineAllowedCapabilities.has(capability)) continue;
        yield {
          messageId: 'added',
          data: { container: entry.name, capability },
          path: containerSecurityContextPath(entry, 'capabilities', 'add', index),
        };
      }
    }
  },
});
