import { defineRule } from '../define-rule.js';
import {
  filePermissionMessages,
  filePermissionViolations,
  nodeKinds,
} from './node-utils/file-permissions.js';

export const nodeControlPlaneManifestPermissions = defineRule({
  id: 'KC120',
  slug: 'node-control-plane-manifest-permissions',
  title: 'control-plane static pod manifest is not 600 root:root or stricter',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    "The kubelet starts whatever pod specs sit in its static pod folder (`/etc/kubernetes/manifests`): the API server, controller manager, scheduler and etcd with their flags. A user who can write one of them can run a privileged pod on the control plane or switch off the API server's authorization; a readable one shows its flags and paths to keys.",
  remediation:
    "`chmod 600` and `chown root:root` every file in the static pod folder (the kubelet's `staticPodPath`).",
  references: {
    cis: [
      'k8s-1.9:1.1.1',
      'k8s-1.9:1.1.2',
      'k8s-1.9:1.1.3',
      'k8s-1.9:1.1.4',
      'k8s-1.9:1.1.5',
      'k8s-1.9:1.1.6',
      'k8s-1.9:1.1.7',
      'k8s-1.9:1.1.8',
    ],
    urls: ['https://www.cisecurity.org/benchmark/kubernetes'],
  },
  messages: filePermissionMessages,
  check(view) {
    return filePermissionViolations(view, { role: 'control-plane-manifest', maxMode: 0o600 });
  },
});
