import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const webhookVerbs = ['create', 'update', 'patch', 'delete', 'deletecollection'];
const group = 'admissionregistration.k8s.io';

const checks: readonly RiskCheck[] = [
  { verbs: webhookVerbs, group, resource: 'mutatingwebhookconfigurations' },
  { verbs: webhookVerbs, group, resource: 'validatingwebhookconfigurations' },
];

export const rbacWebhookConfigurationWrite = defineRule({
  id: 'KR013',
  slug: 'rbac-webhook-configuration-write',
  title: 'Binding lets a subject change admission webhook configurations',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'Admission webhooks see and may rewrite every object sent to the API server. Whoever can write their ' +
    'configuration can send every new pod and Secret to a server of their own, inject containers into pods, or ' +
    'delete the policy webhooks that enforce the cluster’s rules.',
  remediation:
    'Leave webhook configurations to the pipeline that installs admission controllers; workloads and people should ' +
    'at most read them.',
  references: {
    cis: ['k8s-1.9:5.1.12'],
    mitre: ['T1562.001'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
