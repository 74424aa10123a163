import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodeKubeletConfigPermissions = defineRule({
  id: 'KC104',
  slug: 'node-kubelet-config-permissions',
  title: 'kubelet config file is not 600 root:root or stricter',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "The KubeletConfiguration file holds the kubelet's security settings: anonymous access, the authorization mode, the read-only port, protectKernelDefaults. Writable by others, it lets a local user turn them off at the next kubelet restart.",
  remediation:
    '`chmod 600 /var/lib/kubelet/config.yaml && chown root:root /var/lib/kubelet/config.yaml` (or the file `--config` names).',
  references: {
    cis: ['k8s-1.9:4.1.9', 'k8s-1.9:4.1.10'],
    urls: ['https://www.cisecurity.org/benchmark/kubernetes'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'kubelet-config', maxMode: 0o600 });
  },
});
