import { defineRule } from '../../define-rule.js';
import { judgedPolicy } from './network-utils/judged.js';
import { describePolicy } from './network-utils/model.js';
import { networkPolicyKinds } from './network-utils/policies.js';

export const networkPolicyInvalid = defineRule({
  id: 'KN006',
  slug: 'network-policy-invalid',
  title: 'Network policy is refused by the API server',
  severity: 'medium',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: networkPolicyKinds,
  rationale:
    'A policy with a malformed CIDR, an `except` outside its block, an unknown selector operator, a peer that ' +
    'names nothing (`{}`) or mixes `ipBlock` with selectors, an invalid port, protocol or policy type, or a Calico ' +
    'selector that does not parse is refused when it is applied: the pods it was written to protect stay open, ' +
    'often without anyone noticing in a GitOps pipeline. Bulwark leaves such a policy out of every other network ' +
    'analysis, as the cluster would.',
  remediation: 'Fix the field the finding points at; `kubectl apply --dry-run=server` shows the same error.',
  references: {
    urls: ['https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/'],
  },
  messages: {
    refused: '{{policy}} would be refused, so it protects nothing: {{problem}}',
  },
  *check(view, context) {
    const judged = judgedPolicy(view, context);
    if (judged === undefined) return;
    for (const error of judged.policy.errors)
      yield {
        messageId: 'refused',
        data: { policy: describePolicy(judged.policy), problem: error.message },
        path: error.path,
      };
  },
});
