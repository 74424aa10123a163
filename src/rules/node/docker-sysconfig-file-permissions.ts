import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerSysconfigFilePermissions = defineRule({
  id: 'DH090',
  slug: 'docker-sysconfig-file-permissions',
  title: '/etc/sysconfig/docker is not 644 root:root or stricter',
  severity: 'medium',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'On Red Hat-family hosts /etc/sysconfig/docker carries dockerd options (`OPTIONS`); a writable file lets a local user add listeners or switch off protections.',
  remediation: '`chown root:root /etc/sysconfig/docker && chmod 644 /etc/sysconfig/docker`.',
  references: {
    cis: ['docker-1.6:3.21', 'docker-1.6:3.22'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'docker-sysconfig', maxMode: 0o644 });
  },
});
