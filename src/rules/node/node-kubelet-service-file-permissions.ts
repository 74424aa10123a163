import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodeKubeletServiceFilePermissions = defineRule({
  id: 'KC100',
  slug: 'node-kubelet-service-file-permissions',
  title: 'kubelet service file is not 600 root:root or stricter',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'The kubelet unit and its drop-ins (`10-kubeadm.conf`) decide which config file, kubeconfig and flags the kubelet starts with. Whoever can write them can point the kubelet at a config that turns authentication off or at a credential of their own; a world-readable one also shows every flag.',
  remediation:
    '`chmod 600` and `chown root:root` the unit file and every drop-in under `kubelet.service.d` (the finding names each file), then `systemctl daemon-reload`.',
  references: {
    cis: ['k8s-1.9:4.1.1', 'k8s-1.9:4.1.2'],
    urls: ['https://www.cisecurity.org/benchmark/kubernetes'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'kubelet-service', maxMode: 0o600 });
  },
});
