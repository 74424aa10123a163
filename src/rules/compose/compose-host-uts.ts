import { defineRule } from '../define-rule.js';
import { composeServiceKinds, fieldPath, modeOf, serviceData, specUrl } from './utils/service.js';

export const composeHostUts = defineRule({
  id: 'DC008',
  slug: 'compose-host-uts',
  title: "Compose service shares the host's UTS namespace",
  severity: 'low',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    "With `uts: host` the container shares the host's hostname and NIS domain; with SYS_ADMIN it can rename the " +
    'host, which confuses logging, monitoring and certificates. Low: no data or code is exposed by it alone.',
  remediation: 'Remove `uts: host`; set `hostname:` if the service needs a particular name.',
  references: {
    cis: ['docker-1.6:5.21'],
    urls: [specUrl('uts')],
  },
  messages: {
    hostUts: 'service "{{service}}" uses the host UTS namespace (uts: host)',
  },
  *check(view) {
    if (modeOf(view.service['uts']) !== 'host') return;
    yield { messageId: 'hostUts', data: serviceData(view), path: fieldPath(view, 'uts') };
  },
});
