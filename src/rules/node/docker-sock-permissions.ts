import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const dockerSockPermissions = defineRule({
  id: 'DH087',
  slug: 'docker-sock-permissions',
  title: 'Docker socket is not 660 root:docker or stricter',
  severity: 'high',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "Access to /var/run/docker.sock is root on the host: a client can start a privileged container with the host's root file system mounted. Only root and the docker group may reach it.",
  remediation:
    '`chown root:docker /var/run/docker.sock && chmod 660 /var/run/docker.sock`, and fix the `SocketMode`/`SocketGroup` of docker.socket so a restart keeps it; keep the docker group to administrators.',
  references: {
    cis: ['docker-1.6:3.15', 'docker-1.6:3.16'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'docker-socket', maxMode: 0o660, group: 'docker' });
  },
});
