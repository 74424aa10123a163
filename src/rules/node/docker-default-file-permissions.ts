import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerDefaultFilePermissions = defineRule({
  id: 'DH089',
  slug: 'docker-default-file-permissions',
  title: '/etc/default/docker is not 644 root:root or stricter',
  severity: 'medium',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'On Debian-family hosts /etc/default/docker can add dockerd options (`DOCKER_OPTS`); a writable file lets a local user add listeners or switch off protections.',
  remediation: '`chown root:root /etc/default/docker && chmod 644 /etc/default/docker`.',
  references: {
    cis: ['docker-1.6:3.19', 'docker-1.6:3.20'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'docker-default', maxMode: 0o644 });
  },
});
