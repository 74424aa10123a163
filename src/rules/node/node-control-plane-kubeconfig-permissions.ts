import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodeControlPlaneKubeconfigPermissions = defineRule({
  id: 'KC121',
  slug: 'node-control-plane-kubeconfig-permissions',
  title: 'control-plane kubeconfig is not 600 root:root or stricter',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "`admin.conf` and `super-admin.conf` carry cluster-admin (super-admin.conf a `system:masters` certificate no RBAC can revoke); `scheduler.conf` and `controller-manager.conf` carry those components' identities. Whoever reads one of them holds that power over the whole cluster.",
  remediation:
    '`chmod 600` and `chown root:root` /etc/kubernetes/admin.conf, super-admin.conf, scheduler.conf and controller-manager.conf.',
  references: {
    cis: [
      'k8s-1.9:1.1.13',
      'k8s-1.9:1.1.14',
      'k8s-1.9:1.1.15',
      'k8s-1.9:1.1.16',
      'k8s-1.9:1.1.17',
      'k8s-1.9:1.1.18',
    ],
    urls: ['https://www.cisecurity.org/benchmark/kubernetes'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'control-plane-kubeconfig', maxMode: 0o600 });
  },
});
