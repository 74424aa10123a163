import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodeProxyKubeconfigPermissions = defineRule({
  id: 'KC101',
  slug: 'node-proxy-kubeconfig-permissions',
  title: 'kube-proxy kubeconfig is not 600 root:root or stricter',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "kube-proxy's kubeconfig holds the credential it uses against the API server, and the server address it trusts. Readable by others it leaks that credential; writable by others it lets them redirect kube-proxy to a server of their choice, which then programs the node's service routing.",
  remediation:
    '`chmod 600` and `chown root:root` the kube-proxy kubeconfig on the node. When kube-proxy runs as a DaemonSet, its kubeconfig comes from a ConfigMap and this file does not exist.',
  references: {
    cis: ['k8s-1.9:4.1.3', 'k8s-1.9:4.1.4'],
    urls: ['https://www.cisecurity.org/benchmark/kubernetes'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'proxy-kubeconfig', maxMode: 0o600 });
  },
});
