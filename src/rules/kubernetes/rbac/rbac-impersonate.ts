import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const checks: readonly RiskCheck[] = [
  { verbs: ['impersonate'], group: '', resource: 'users' },
  { verbs: ['impersonate'], group: '', resource: 'groups' },
  { verbs: ['impersonate'], group: '', resource: 'serviceaccounts' },
  { verbs: ['impersonate'], group: 'authentication.k8s.io', resource: 'uids' },
];

export const rbacImpersonate = defineRule({
  id: 'KR009',
  slug: 'rbac-impersonate',
  title: 'Binding lets a subject impersonate users, groups or service accounts',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'Impersonation makes every request act as another identity: impersonating a user, the group ' +
    '`system:masters` or a powerful service account gives that identity’s permissions, and the audit log ' +
    'records the impersonated name.',
  remediation:
    'Remove `impersonate`, or limit it with `resourceNames` to the exact identities a tool must act as.',
  references: {
    cis: ['k8s-1.9:5.1.8'],
    mitre: ['T1078'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
