import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodePkiKeyPermissions = defineRule({
  id: 'KC107',
  slug: 'node-pki-key-permissions',
  title: 'Kubernetes PKI private key is not 600 root:root or stricter',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'A readable `ca.key` lets anyone mint a `system:masters` client certificate, which is cluster-admin that no RBAC rule can take away; the service-account key (`sa.key`) signs tokens for any service account.',
  remediation:
    '`chmod 600 /etc/kubernetes/pki/*.key /etc/kubernetes/pki/etcd/*.key` and `chown root:root` them; rotate any key that was readable by others.',
  references: {
    cis: ['k8s-1.9:1.1.19', 'k8s-1.9:1.1.21'],
    urls: ['https://www.cisecurity.org/benchmark/kubernetes'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'kubernetes-pki-key', maxMode: 0o600 });
  },
});
