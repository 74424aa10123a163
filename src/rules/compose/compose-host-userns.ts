import { defineRule } from '../define-rule.js';
import { composeServiceKinds, fieldPath, modeOf, serviceData, specUrl } from './utils/service.js';

export const composeHostUserns = defineRule({
  id: 'DC007',
  slug: 'compose-host-userns',
  title: 'Compose service opts out of user namespace remapping',
  severity: 'medium',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'On a daemon with user namespace remapping, root in a container is an unprivileged user on the host. ' +
    '`userns_mode: host` turns that off for the service, so root inside is root outside again after any escape. ' +
    'Medium: it only matters where remapping is enabled.',
  remediation: 'Remove `userns_mode: host` and fix the file ownership that made the service need it.',
  references: {
    cis: ['docker-1.6:5.31'],
    urls: [specUrl('userns_mode')],
  },
  messages: {
    hostUserns: 'service "{{service}}" uses the host user namespace (userns_mode: host)',
  },
  *check(view) {
    if (modeOf(view.service.userns_mode) !== 'host') return;
    yield { messageId: 'hostUserns', data: serviceData(view), path: fieldPath(view, 'userns_mode') };
  },
});
