import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerTlsCertificatePermissions = defineRule({
  id: 'DH085',
  slug: 'docker-tls-certificate-permissions',
  title: 'Docker server certificate is not 444 root:root or stricter',
  severity: 'medium',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'The server certificate is what clients check the daemon against; a user who can replace it (with its key) can impersonate the daemon to every client.',
  remediation: '`chown root:root` and `chmod 444` the file named by `tlscert` (daemon.json) or `--tlscert`.',
  references: {
    cis: ['docker-1.6:3.11', 'docker-1.6:3.12'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'docker-tls-certificate', maxMode: 0o444 });
  },
});
