import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const checks: readonly RiskCheck[] = [
  { verbs: ['update', 'patch'], group: '', resource: 'pods', subresource: 'ephemeralcontainers' },
];

export const rbacEphemeralContainers = defineRule({
  id: 'KR006',
  slug: 'rbac-ephemeral-containers',
  title: 'Binding lets a subject add ephemeral containers to pods',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'Updating `pods/ephemeralcontainers` adds a new container of any image to a running pod, sharing its ' +
    'network, its volumes and, with `targetContainerName`, its process namespace: a way in that bypasses ' +
    'the pod’s own image.',
  remediation:
    'Grant `pods/ephemeralcontainers` only to a debugging role for named people, and keep Pod Security ' +
    'enforced on the namespace so the debug container cannot be privileged.',
  references: {
    mitre: ['T1609', 'T1610'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
