import { defineRule } from '../define-rule.js';
import { uidOf } from './image-utils/accounts.js';
import { imageKinds } from './image-utils/violations.js';

const rootUser = /^(?:root|0)(?::.*)?$/;

export const imageRootUser = defineRule({
  id: 'IM001',
  slug: 'image-root-user',
  title: 'Image runs as root',
  severity: 'high',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'The `User` of the image configuration is who the container runs as unless the runtime overrides it. With ' +
    'no user, or root, any code-execution bug is root inside the container and one kernel or runtime flaw away ' +
    'from root on the host. High, like the same check on Dockerfiles (DF001): it is the most common and most ' +
    'consequential default to change.',
  remediation:
    'Create an unprivileged user in the image and set it last: `USER 10001` (a numeric UID works even when ' +
    '`/etc/passwd` is absent), or run the container with `--user` / `runAsUser`.',
  references: {
    cis: ['docker-1.6:4.1'],
    hadolint: ['DL3002'],
    trivy: ['DS-0002'],
    urls: ['Dockle CIS-DI-0001', 'https://docs.docker.com/reference/dockerfile/#user'],
  },
  messages: {
    noUser: 'the image sets no user, so its containers run as root',
    rootUser: 'the image runs as {{user}}, which is root',
    rootAlias: 'the image runs as {{user}}, whom /etc/passwd gives UID 0 (root)',
  },
  *check(view) {
    const user = view.config.user?.trim() ?? '';
    const path = ['config', 'User'];
    if (user === '') {
      yield { messageId: 'noUser', path };
      return;
    }
    if (rootUser.test(user)) {
      yield { messageId: 'rootUser', data: { user }, path };
      return;
    }
    const name = user.split(':')[0] ?? '';
    if (!/^\d+$/.test(name) && uidOf(view.files.accountFiles['/etc/passwd']?.text, name) === 0)
      yield { messageId: 'rootAlias', data: { user }, path };
  },
});
