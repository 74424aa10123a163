import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerConfigDirectoryPermissions = defineRule({
  id: 'DH082',
  slug: 'docker-config-directory-permissions',
  title: '/etc/docker is not 755 root:root or stricter',
  severity: 'medium',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    '/etc/docker holds daemon.json, the TLS keys and the registry certificates. Whoever owns or can write the folder can replace any of them, whatever their own modes are.',
  remediation: '`chown root:root /etc/docker && chmod 755 /etc/docker`.',
  references: {
    cis: ['docker-1.6:3.5', 'docker-1.6:3.6'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'docker-config-directory', maxMode: 0o755 });
  },
});
