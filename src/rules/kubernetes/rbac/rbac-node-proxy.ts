import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const checks: readonly RiskCheck[] = [
  {
    verbs: ['get', 'create', 'update', 'patch', 'delete'],
    group: '',
    resource: 'nodes',
    subresource: 'proxy',
  },
  { verbs: ['proxy'], group: '', resource: 'nodes' },
];

export const rbacNodeProxy = defineRule({
  id: 'KR011',
  slug: 'rbac-node-proxy',
  title: 'Binding grants access to the kubelet API (nodes/proxy)',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    '`nodes/proxy` reaches the kubelet API of every node through the API server: it runs commands in any ' +
    'pod on those nodes, and those calls bypass admission control and most audit logging.',
  remediation:
    'Remove `nodes/proxy`; monitoring agents need `nodes/metrics` and `nodes/stats`, which do not execute ' +
    'anything.',
  references: {
    cis: ['k8s-1.9:5.1.10'],
    mitre: ['T1609'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
