import { capabilityRisk, normalizeCapability } from '../shared/capabilities.js';
import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerDangerousCapabilities = defineRule({
  id: 'DH031',
  slug: 'container-dangerous-capabilities',
  title: 'Container adds a dangerous capability',
  severity: 'high',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'Capabilities added with --cap-add (HostConfig.CapAdd) widen what root inside the container may do. ' +
    'SYS_ADMIN, SYS_MODULE and ALL are as good as privileged mode (critical); SYS_PTRACE, NET_ADMIN, ' +
    'DAC_READ_SEARCH, BPF and the others of the shared list open known escape or snooping paths (high). The list ' +
    'and the spelling rules (`CAP_` prefix, any case) are the ones the compose and pod rules use.',
  remediation:
    'Remove the capability, or replace it with the narrow one the process needs; start from --cap-drop ALL and ' +
    'add back only what is required.',
  references: { cis: ['docker-1.6:5.4'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { added: 'container "{{container}}" adds capability {{capability}}' },
  *check(view) {
    for (const setting of view.capAdd) {
      if (setting.value === undefined) continue;
      const risk = capabilityRisk(setting.value);
      if (risk === undefined) continue;
      yield {
        messageId: 'added',
        data: containerData(view, { capability: normalizeCapability(setting.value) }),
        path: setting.path,
        ...(risk === 'critical' ? { severity: risk } : {}),
      };
    }
  },
});
