import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodeKubeletClientCaPermissions = defineRule({
  id: 'KC103',
  slug: 'node-kubelet-client-ca-permissions',
  title: 'kubelet client CA file is not 600 root:root or stricter',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "The kubelet trusts every client certificate this CA bundle signs, the API server's among them. A user who can write it can add a CA of their own and then call the kubelet API (exec into pods, read logs) with a certificate they minted.",
  remediation:
    '`chmod 600` and `chown root:root` the file named by `authentication.x509.clientCAFile` in the kubelet config (or `--client-ca-file`).',
  references: {
    cis: ['k8s-1.9:4.1.7', 'k8s-1.9:4.1.8'],
    urls: ['https://www.cisecurity.org/benchmark/kubernetes'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'kubelet-client-ca', maxMode: 0o600 });
  },
});
