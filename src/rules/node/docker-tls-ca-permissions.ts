import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerTlsCaPermissions = defineRule({
  id: 'DH084',
  slug: 'docker-tls-ca-permissions',
  title: 'Docker TLS CA certificate is not 444 root:root or stricter',
  severity: 'medium',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'With `--tlsverify` the daemon accepts every client certificate its CA signed. A writable CA file lets a local user add their own CA and then drive the daemon remotely.',
  remediation:
    '`chown root:root` and `chmod 444` the file named by `tlscacert` (daemon.json) or `--tlscacert`.',
  references: {
    cis: ['docker-1.6:3.9', 'docker-1.6:3.10'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'docker-tls-ca', maxMode: 0o444 });
  },
});
