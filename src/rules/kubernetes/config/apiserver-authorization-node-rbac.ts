import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag } from './config-utils/report.js';

export const apiserverAuthorizationNodeRbac = defineRule({
  id: 'KC004',
  slug: 'apiserver-authorization-node-rbac',
  title: 'API server authorization modes lack Node or RBAC',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'The Node authorizer limits each kubelet to the Secrets, ConfigMaps and volumes of the pods scheduled on its ' +
    'own node; without it kubelets need a broad ClusterRole and one compromised node reads every Secret. RBAC is ' +
    'the authorizer the rest of the cluster (and every RBAC rule Bulwark checks) relies on; without it Role and ' +
    'ClusterRole objects grant nothing and access depends on whatever mode is left.',
  remediation:
    'Set `--authorization-mode=Node,RBAC` (add Webhook after them when an external authorizer is used).',
  references: {
    cis: ['k8s-1.9:1.2.7', 'k8s-1.9:1.2.8'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/node/'],
  },
  messages: {
    missingMode: '{{component}} {{flag}} is {{value}}: the {{mode}} authorizer is not enabled',
  },
  *check(view): Iterable<Violation<'missingMode'>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      const flag = instance.flags.get('authorization-mode');
      // Without the flag AlwaysAllow is in force, which KC003 reports.
      if (flag === undefined || instance.flags.get('authorization-config') !== undefined) continue;
      const modes = new Set(instance.flags.list('authorization-mode').map(({ item }) => item));
      for (const mode of ['Node', 'RBAC'])
        if (!modes.has(mode)) yield atFlag(instance, flag, 'missingMode', { mode });
    }
  },
});
