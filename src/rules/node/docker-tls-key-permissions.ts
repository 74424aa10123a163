import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerTlsKeyPermissions = defineRule({
  id: 'DH086',
  slug: 'docker-tls-key-permissions',
  title: 'Docker server key is not 400 root:root or stricter',
  severity: 'high',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "The daemon's TLS private key proves the daemon's identity. Readable by others, it lets them impersonate the daemon and read the traffic of clients that trust it.",
  remediation:
    '`chown root:root` and `chmod 400` the file named by `tlskey` (daemon.json) or `--tlskey`; replace the key if others could read it.',
  references: {
    cis: ['docker-1.6:3.13', 'docker-1.6:3.14'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'docker-tls-key', maxMode: 0o400 });
  },
});
