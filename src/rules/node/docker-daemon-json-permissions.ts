import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerDaemonJsonPermissions = defineRule({
  id: 'DH088',
  slug: 'docker-daemon-json-permissions',
  title: 'daemon.json is not 644 root:root or stricter',
  severity: 'medium',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "daemon.json carries the daemon's security settings (user namespaces, ICC, TLS, authorization plugins, listening hosts). Writable by others, it lets a local user turn them off at the next restart.",
  remediation: '`chown root:root /etc/docker/daemon.json && chmod 644 /etc/docker/daemon.json`.',
  references: {
    cis: ['docker-1.6:3.17', 'docker-1.6:3.18'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'docker-daemon-json', maxMode: 0o644 });
  },
});
