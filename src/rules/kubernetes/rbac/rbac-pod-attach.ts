import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const checks: readonly RiskCheck[] = [
  { verbs: ['create', 'get'], group: '', resource: 'pods', subresource: 'attach' },
];

export const rbacPodAttach = defineRule({
  id: 'KR005',
  slug: 'rbac-pod-attach',
  title: 'Binding lets a subject attach to running containers (pods/attach)',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    '`pods/attach` connects to the main process of a running container; with an interactive shell as that ' +
    'process it is the same as exec, and it can feed input to whatever runs there.',
  remediation:
    'Remove `pods/attach` from roles that do not need it; keep it, like `pods/exec`, for a break-glass role.',
  references: {
    mitre: ['T1609'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
