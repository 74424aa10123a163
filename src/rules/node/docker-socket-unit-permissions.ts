import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerSocketUnitPermissions = defineRule({
  id: 'DH081',
  slug: 'docker-socket-unit-permissions',
  title: 'docker.socket unit is not 644 root:root or stricter',
  severity: 'medium',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "docker.socket decides where systemd opens the Docker socket and with which owner and mode. A writable unit lets a local user open the daemon's socket to everyone.",
  remediation:
    '`chown root:root` and `chmod 644` the docker.socket unit file, then `systemctl daemon-reload`.',
  references: {
    cis: ['docker-1.6:3.3', 'docker-1.6:3.4'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'docker-socket-unit', maxMode: 0o644 });
  },
});
