import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodeKubeletKubeconfigPermissions = defineRule({
  id: 'KC102',
  slug: 'node-kubelet-kubeconfig-permissions',
  title: 'kubelet kubeconfig is not 600 root:root or stricter',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "`kubelet.conf` is the node's identity towards the API server (`system:node:<name>`), usually with the client key inline or next to it. Anyone who reads it can act as the node: read the secrets of every pod scheduled there and change the node's status; anyone who writes it can swap the identity.",
  remediation:
    '`chmod 600 /etc/kubernetes/kubelet.conf && chown root:root /etc/kubernetes/kubelet.conf` (or the file `--kubeconfig` names).',
  references: {
    cis: ['k8s-1.9:4.1.5', 'k8s-1.9:4.1.6'],
    urls: ['https://www.cisecurity.org/benchmark/kubernetes'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'kubelet-kubeconfig', maxMode: 0o600 });
  },
});
