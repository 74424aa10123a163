import { defineRule } from '../define-rule.js';
import { capabilityRisk, normalizeCapability } from '../shared/capabilities.js';
import {
  composeServiceKinds,
  fieldPath,
  podSecurityStandardsUrl,
  serviceData,
  specUrl,
} from './utils/service.js';

export const composeDangerousCapabilities = defineRule({
  id: 'DC002',
  slug: 'compose-dangerous-capabilities',
  title: 'Dangerous capability added to a compose service',
  severity: 'high',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'Capabilities such as SYS_ADMIN, SYS_MODULE, SYS_PTRACE, DAC_READ_SEARCH, NET_ADMIN or BPF let a process mount ' +
    'filesystems, load kernel code, read any file or reach into other processes, which are the usual steps of a ' +
    'container escape. ALL, SYS_ADMIN and SYS_MODULE are reported as critical: they amount to privileged mode.',
  remediation:
    'Remove the capability from `cap_add`; if the service truly needs it, run it on a dedicated host and document why.',
  references: {
    cis: ['docker-1.6:5.4'],
    mitre: ['T1611'],
    urls: [specUrl('cap_add'), podSecurityStandardsUrl],
  },
  messages: {
    capability: 'service "{{service}}" adds capability {{capability}}',
  },
  *check(view) {
    for (const [index, name] of (view.service.cap_add ?? []).entries()) {
      const capability = normalizeCapability(name);
      const risk = capabilityRisk(capability);
      if (risk === undefined) continue;
      yield {
        messageId: 'capability',
        data: serviceData(view, { capability }),
        path: fieldPath(view, 'cap_add', index),
        ...(risk === 'critical' ? { severity: risk } : {}),
      };
    }
  },
});
