import { formatPath } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { judgedPolicy } from './network-utils/judged.js';
import { describePolicy } from './network-utils/model.js';
import { networkPolicyKinds } from './network-utils/policies.js';

export const networkPolicySelectsNoPod = defineRule({
  id: 'KN004',
  slug: 'network-policy-selects-no-pod',
  title: 'Network policy selects no pod',
  severity: 'low',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: networkPolicyKinds,
  rationale:
    'A policy whose selector matches none of the pods protects nothing: usually a label was renamed on the ' +
    'workloads and not in the policy, and the pods it was written for are open. The policy is judged only when the ' +
    'input holds workloads in its namespace (any workload, for cluster-wide policies), and not when a selector reads ' +
    'labels the input does not show.',
  remediation:
    'Make the selector match the labels of the pods it is meant for (compare with `spec.template.metadata.labels` ' +
    'of the workload), or delete the policy if those pods are gone.',
  references: {
    cis: ['k8s-1.9:5.3.2'],
    urls: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/'],
  },
  messages: {
    none: '{{policy}}{{part}} selects none of the {{count}} scanned workloads {{scope}}: it protects nothing',
  },
  *check(view, context) {
    const judged = judgedPolicy(view, context);
    if (judged === undefined) return;
    const { model, policy } = judged;
    const namespace = policy.namespace;
    const inScope = model.workloads.filter(
      (node) => namespace === undefined || node.group.context.namespace === namespace,
    );
    if (inScope.length === 0) return;
    for (const part of policy.parts) {
      const picked = model.selection.get(part);
      if (picked === undefined || picked.yes.length > 0 || picked.maybe.length > 0) continue;
      const partText = formatPath(part.path);
      yield {
        messageId: 'none',
        data: {
          policy: describePolicy(policy),
          part: partText === '' ? '' : ` (${partText})`,
          count: inScope.length,
          scope: namespace === undefined ? 'of the cluster' : `of namespace ${namespace}`,
        },
        path: part.subjectPath,
      };
    }
  },
});
