import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const checks: readonly RiskCheck[] = [
  { verbs: ['escalate'], group: 'rbac.authorization.k8s.io', resource: 'roles' },
  { verbs: ['escalate'], group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
];

export const rbacEscalateVerb = defineRule({
  id: 'KR008',
  slug: 'rbac-escalate-verb',
  title: 'Binding grants the `escalate` verb on roles',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'RBAC normally refuses a role change that adds permissions its author does not hold; `escalate` lifts ' +
    'that check, so a subject that can edit a role it is bound to can add any permission to it.',
  remediation:
    'Remove `escalate`; changes to roles belong to the pipeline that applies the cluster’s RBAC, not to a ' +
    'workload or a person’s everyday role.',
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
