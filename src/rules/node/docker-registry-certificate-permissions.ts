import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerRegistryCertificatePermissions = defineRule({
  id: 'DH083',
  slug: 'docker-registry-certificate-permissions',
  title: 'registry certificate is not 444 root:root or stricter',
  severity: 'medium',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'The files under /etc/docker/certs.d decide which registries Docker trusts and which client certificate it shows them. A writable one lets a local user slip in a CA and serve the node images of their choosing.',
  remediation: '`chown root:root` and `chmod 444` every file under `/etc/docker/certs.d/<registry>/`.',
  references: {
    cis: ['docker-1.6:3.7', 'docker-1.6:3.8'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, {
      role: 'docker-registry-certificate',
      maxMode: 0o444,
      types: ['file'],
    });
  },
});
