import { resolveDefaults } from '../../sources/compose/interpolation.js';
import { defineRule } from '../define-rule.js';
import {
  composeServiceKinds,
  fieldPath,
  podSecurityStandardsUrl,
  serviceData,
  specUrl,
} from './utils/service.js';

function isRootName(name: string): boolean {
  return name === 'root' || (/^\d+$/.test(name) && Number(name) === 0);
}

export const composeRootUser = defineRule({
  id: 'DC013',
  slug: 'compose-root-user',
  title: 'Compose service may run as root',
  severity: 'medium',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'A process running as root in the container owns every file of the image, keeps root on any host path it ' +
    'reaches, and needs one kernel or runtime bug less to become root on the host. Without `user`, the image ' +
    'decides, and many images run as root. It is the compose form of `runAsNonRoot: true`.',
  remediation:
    'Set `user: "UID:GID"` to a non-zero numeric id (for example `user: "10001:10001"`), or use an image whose ' +
    'USER is not root.',
  references: {
    cis: ['docker-1.6:4.1'],
    urls: [specUrl('user'), podSecurityStandardsUrl],
  },
  messages: {
    unset: 'service "{{service}}" does not set user; the image default may be root',
    root: 'service "{{service}}" runs as root (user: {{user}})',
  },
  *check(view) {
    const user = view.service.user === undefined ? '' : String(view.service.user).trim();
    const path = fieldPath(view, 'user');
    if (user === '') {
      yield { messageId: 'unset', data: serviceData(view), path };
      return;
    }
    // `${APP_UID:-0}` runs as its default when the variable is unset; a variable without a default is unknown.
    const resolved = resolveDefaults(user);
    if (resolved === undefined) return;
    const name = resolved.split(':')[0]?.trim() ?? '';
    if (!isRootName(name)) return;
    yield { messageId: 'root', data: serviceData(view, { user }), path };
  },
});
