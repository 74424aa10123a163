import { defineRule } from '../define-rule.js';
import { normalizeCapability } from '../shared/capabilities.js';
import {
  composeServiceKinds,
  fieldPath,
  podSecurityStandardsUrl,
  serviceData,
  specUrl,
} from './utils/service.js';

export const composeCapabilitiesNotDropped = defineRule({
  id: 'DC003',
  slug: 'compose-capabilities-not-dropped',
  title: 'Compose service keeps the default capabilities',
  severity: 'low',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    "Docker's default set still includes capabilities most services never use (NET_RAW, MKNOD, SETUID, CHOWN, " +
    'DAC_OVERRIDE, …). Dropping ALL and adding back only what is needed matches the Pod Security Restricted ' +
    'profile. Low severity: the default set is not an escape path by itself.',
  remediation: 'Add `cap_drop: [ALL]` and list in `cap_add` only the capabilities the process needs.',
  references: {
    cis: ['docker-1.6:5.4'],
    urls: [specUrl('cap_drop'), podSecurityStandardsUrl],
  },
  messages: {
    notDropped: 'service "{{service}}" does not drop all capabilities (cap_drop: [ALL])',
  },
  *check(view) {
    const dropped = (view.service.cap_drop ?? []).map(normalizeCapability);
    if (dropped.includes('ALL')) return;
    yield { messageId: 'notDropped', data: serviceData(view), path: fieldPath(view, 'cap_drop') };
  },
});
