import { defineRule } from '../define-rule.js';
import { parseSecurityOption } from './utils/security-opt.js';
import {
  composeServiceKinds,
  fieldPath,
  podSecurityStandardsUrl,
  serviceData,
  specUrl,
} from './utils/service.js';

// Docker reads the value as a Go boolean.
const trueValues = new Set(['true', '1', 't']);

export const composeNoNewPrivileges = defineRule({
  id: 'DC012',
  slug: 'compose-no-new-privileges',
  title: 'Compose service allows privilege escalation',
  severity: 'medium',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'Without `no-new-privileges`, a process can gain privileges through setuid or setgid binaries and file ' +
    'capabilities in the image, turning an unprivileged foothold into root inside the container. It is the ' +
    'compose form of `allowPrivilegeEscalation: false`.',
  remediation:
    'Add `security_opt: ["no-new-privileges:true"]` to the service (or set `no-new-privileges` in the daemon ' +
    'configuration for every container).',
  references: {
    cis: ['docker-1.6:5.26'],
    urls: [specUrl('security_opt'), podSecurityStandardsUrl],
  },
  messages: {
    missing: 'service "{{service}}" does not set no-new-privileges in security_opt',
    disabled: 'service "{{service}}" turns no-new-privileges off ({{option}})',
  },
  *check(view) {
    let enabled = false;
    for (const [index, entry] of (view.service.security_opt ?? []).entries()) {
      const { key, value } = parseSecurityOption(entry);
      if (key !== 'no-new-privileges') continue;
      if (value === undefined || trueValues.has(value)) {
        enabled = true;
        continue;
      }
      yield {
        messageId: 'disabled',
        data: serviceData(view, { option: entry.trim() }),
        path: fieldPath(view, 'security_opt', index),
      };
      return;
    }
    if (enabled) return;
    yield { messageId: 'missing', data: serviceData(view), path: fieldPath(view, 'security_opt') };
  },
});
