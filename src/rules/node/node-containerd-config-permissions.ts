import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodeContainerdConfigPermissions = defineRule({
  id: 'KC108',
  slug: 'node-containerd-config-permissions',
  title: 'containerd config is not 644 root:root or stricter',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "`/etc/containerd/config.toml` picks the runtimes, the registries and their credentials, and the CRI plugin's settings (privileged device access, unprivileged ports, SELinux). A user who can write it decides how every container on the node is started.",
  remediation:
    '`chmod 644 /etc/containerd/config.toml && chown root:root /etc/containerd/config.toml`; use 600 when it holds registry credentials.',
  references: { urls: ['https://www.cisecurity.org/benchmark/kubernetes'] },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'containerd-config', maxMode: 0o644 });
  },
});
