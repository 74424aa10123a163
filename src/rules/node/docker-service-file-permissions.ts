import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerServiceFilePermissions = defineRule({
  id: 'DH080',
  slug: 'docker-service-file-permissions',
  title: 'docker.service is not 644 root:root or stricter',
  severity: 'medium',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'The docker.service unit and its drop-ins carry the dockerd command line: listening addresses, TLS settings, the config file. Whoever can write them can expose the daemon on TCP without authentication at the next restart.',
  remediation:
    '`chown root:root` and `chmod 644` the unit and each drop-in under `docker.service.d`, then `systemctl daemon-reload`.',
  references: {
    cis: ['docker-1.6:3.1', 'docker-1.6:3.2'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'docker-service', maxMode: 0o644 });
  },
});
