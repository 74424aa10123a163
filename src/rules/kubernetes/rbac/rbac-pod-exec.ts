import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const checks: readonly RiskCheck[] = [
  { verbs: ['create', 'get'], group: '', resource: 'pods', subresource: 'exec' },
];

export const rbacPodExec = defineRule({
  id: 'KR004',
  slug: 'rbac-pod-exec',
  title: 'Binding lets a subject run commands in pods (pods/exec)',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    '`pods/exec` opens a shell in a running container: the subject then holds everything the container ' +
    'holds, its service account token, mounted Secrets and network position. `get` is enough where exec ' +
    'still runs over a WebSocket GET.',
  remediation:
    'Keep `pods/exec` for break-glass roles bound to named people for a limited time; use logs, metrics ' +
    'and ephemeral debug tooling behind approval instead.',
  references: {
    mitre: ['T1609'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
