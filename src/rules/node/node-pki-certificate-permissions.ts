import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodePkiCertificatePermissions = defineRule({
  id: 'KC106',
  slug: 'node-pki-certificate-permissions',
  title: 'Kubernetes PKI certificate is not 600 root:root or stricter',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'The certificates under `/etc/kubernetes/pki` decide whom the control plane trusts. A writable CA certificate lets a local user make the API server or etcd accept certificates they signed themselves.',
  remediation:
    '`chmod 600 /etc/kubernetes/pki/*.crt /etc/kubernetes/pki/etcd/*.crt` and `chown root:root` them.',
  references: {
    cis: ['k8s-1.9:1.1.19', 'k8s-1.9:1.1.20'],
    urls: ['https://www.cisecurity.org/benchmark/kubernetes'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'kubernetes-pki-certificate', maxMode: 0o600 });
  },
});
