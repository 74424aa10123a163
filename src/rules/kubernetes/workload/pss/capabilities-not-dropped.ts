import type { Violation } from '../../../../core/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { baselineAllowedCapabilities, capabilitiesRestrictedSince } from './pss-utils/capabilities.js';
import {
  baselineCheckInForce,
  containerSecurityContextPath,
  isWindowsPod,
  policyAtLeast,
} from './pss-utils/policy.js';

export type MessageId = 'dropAll' | 'added';

// PSA check `capabilities_restricted`:
// - 1.0–1.21: no check (the restricted level runs the baseline capability check, KW004);
// - 1.22+: every container, init container and ephemeral container must list ALL in `securityContext.capabilities.drop`
//   and may add only NET_BIND_SERVICE; it replaces the baseline capability check at the restricted level;
// - 1.25+: Windows pods (`spec.os.name: windows`) are exempt.
// When both rules run (no `--pss`), added capabilities outside the baseline set are left to KW004.
export const capabilitiesNotDropped = defineRule({
  id: 'KW018',
  slug: 'capabilities-not-dropped',
  title: 'Capabilities not dropped, or added beyond NET_BIND_SERVICE',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Container runtimes grant a default capability set (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW and more) that most ' +
    'processes never need; Pod Security Restricted requires dropping them all and adding back at most NET_BIND_SERVICE.',
  remediation:
    'Set `securityContext.capabilities.drop: ["ALL"]` on every container and add back only `NET_BIND_SERVICE` if the ' +
    'process binds a port below 1024.',
  references: {
    pss: { level: 'restricted', control: 'capabilities_restricted' },
    cis: ['k8s-1.9:5.2.9', 'k8s-1.9:5.2.10'],
    trivy: ['KSV-0003', 'KSV-0106'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  },
  messages: {
    dropAll: 'container "{{container}}" does not drop ALL capabilities (securityContext.capabilities.drop)',
    added:
      'container "{{container}}" adds capability {{capability}}; Pod Security Restricted allows only NET_BIND_SERVICE',
  },
  *check(view, context): Generator<Violation<MessageId>> {
    if (!policyAtLeast(context, capabilitiesRestrictedSince)) return;
    if (policyAtLeast(context, 25) && isWindowsPod(view)) return;
    const baselineReportsAdds = baselineCheckInForce(context, capabilitiesRestrictedSince);
    for (const entry of view.containers) {
      const capabilities = entry.container.securityContext?.capabilities;
      if (!(capabilities?.drop ?? []).includes('ALL'))
        yield {
          messageId: 'dropAll',
          data: { container: entry.name },
          path: containerSecurityContextPath(entry, 'capabilities', 'drop'),
        };
      for (const [index, capability] of (capabilities?.add ?? []).entries()) {
        if (capability === 'NET_BIND_SERVICE') continue;
        if (baselineReportsAdds && !baselineAllowedCapabilities.has(capability)) continue;
        yield {
          messageId: 'added',
          data: { container: entry.name, capability },
          path: containerSecurityContextPath(entry, 'capabilities', 'add', index),
        };
      }
    }
  },
});
