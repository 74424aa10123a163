import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const checks: readonly RiskCheck[] = [
  { verbs: ['create'], group: '', resource: 'serviceaccounts', subresource: 'token' },
];

export const rbacServiceAccountTokenCreate = defineRule({
  id: 'KR010',
  slug: 'rbac-service-account-token-create',
  title: 'Binding lets a subject mint service account tokens',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'Creating `serviceaccounts/token` issues a fresh token for a service account, valid outside the ' +
    'cluster: the subject can act as every account it may mint tokens for, with all of that account’s ' +
    'permissions.',
  remediation:
    'Remove `create` on `serviceaccounts/token`, or limit it with `resourceNames` to the accounts a token ' +
    'broker must serve.',
  references: {
    cis: ['k8s-1.9:5.1.13'],
    mitre: ['T1528'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
