import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const checks: readonly RiskCheck[] = [{ verbs: ['get', 'list', 'watch'], group: '', resource: 'secrets' }];

export const rbacSecretsRead = defineRule({
  id: 'KR002',
  slug: 'rbac-secrets-read',
  title: 'Binding lets a subject read Secrets',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'Reading Secrets hands over every credential they hold (database passwords, cloud keys, other service ' +
    'accounts’ tokens), so whoever can read them can act as all of those. `list` and `watch` return the ' +
    'values too, not just the names.',
  remediation:
    'Grant `get` on the few Secrets a workload needs with `resourceNames`, or mount them as volumes ' +
    'instead of reading them through the API; never grant `list` or `watch` on secrets to workloads or ' +
    'broad groups.',
  references: {
    cis: ['k8s-1.9:5.1.2'],
    mitre: ['T1552.007'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
