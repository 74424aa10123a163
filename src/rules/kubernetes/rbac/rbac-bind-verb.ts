import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const checks: readonly RiskCheck[] = [
  { verbs: ['bind'], group: 'rbac.authorization.k8s.io', resource: 'roles' },
  { verbs: ['bind'], group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
];

export const rbacBindVerb = defineRule({
  id: 'KR007',
  slug: 'rbac-bind-verb',
  title: 'Binding grants the `bind` verb on roles',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'RBAC normally refuses a binding that grants more than its author holds; the `bind` verb lifts that ' +
    'check, so a subject that can also create bindings can grant itself or anyone any role, up to ' +
    'cluster-admin.',
  remediation:
    'Remove `bind`; where a controller must hand out one role, limit the verb to that role with ' +
    '`resourceNames`.',
  references: {
    cis: ['k8s-1.9:5.1.8'],
    mitre: ['T1098.006'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
