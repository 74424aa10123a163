import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const containerdSocketPermissions = defineRule({
  id: 'DH091',
  slug: 'containerd-socket-permissions',
  title: 'containerd socket is not 660 root:root or stricter',
  severity: 'high',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "Whoever can reach /run/containerd/containerd.sock controls containerd directly, beneath Docker or the kubelet: they can start privileged containers and read every container's file system.",
  remediation:
    "Keep the socket `root:root` with mode 660 (containerd's `[grpc] uid`, `gid` settings in config.toml); never mount it into containers.",
  references: {
    cis: ['docker-1.6:3.23', 'docker-1.6:3.24'],
    urls: ['https://www.cisecurity.org/benchmark/docker'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'containerd-socket', maxMode: 0o660 });
  },
});
