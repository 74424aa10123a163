import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodePkiDirectoryPermissions = defineRule({
  id: 'KC105',
  slug: 'node-pki-directory-permissions',
  title: 'Kubernetes PKI folder is not 755 root:root or stricter',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "`/etc/kubernetes/pki` holds the cluster CA, the API server, etcd and front-proxy keys. Whoever owns or can write the folder can replace any of them, whatever the files' own modes say.",
  remediation:
    '`chown -R root:root /etc/kubernetes/pki` and `chmod 755` (or stricter) the folder and its `etcd` subfolder.',
  references: { cis: ['k8s-1.9:1.1.19'], urls: ['https://www.cisecurity.org/benchmark/kubernetes'] },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'kubernetes-pki-directory', maxMode: 0o755 });
  },
});
