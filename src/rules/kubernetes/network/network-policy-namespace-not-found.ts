import { defineRule } from '../../define-rule.js';
import { judgedPolicy } from './network-utils/judged.js';
import { describePolicy } from './network-utils/model.js';
import { networkPolicyKinds } from './network-utils/policies.js';

/** Namespaces every cluster has, whether or not the input declares them. */
const builtInNamespaces = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

export const networkPolicyNamespaceNotFound = defineRule({
  id: 'KN007',
  slug: 'network-policy-namespace-not-found',
  title: 'Network policy is in a namespace the input does not declare',
  severity: 'info',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: networkPolicyKinds,
  rationale:
    'When the manifests declare their Namespaces, a policy in a namespace that is not among them is often a typo ' +
    'or a leftover: it protects pods of a namespace that these manifests never create, while the intended ' +
    'namespace stays open. It is only a note, reported only when the input holds Namespace objects; the built-in ' +
    'namespaces always exist.',
  remediation: 'Correct `metadata.namespace`, add the Namespace to the manifests, or remove the policy.',
  references: {
    urls: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/'],
  },
  messages: {
    missing:
      '{{policy}} is in namespace {{namespace}}, which is not among the {{count}} Namespaces of the input',
  },
  *check(view, context) {
    const judged = judgedPolicy(view, context);
    if (judged === undefined) return;
    const { index, policy } = judged;
    const namespace = policy.namespace;
    if (namespace === undefined || index.namespaces.length === 0 || builtInNamespaces.has(namespace)) return;
    if (index.namespaces.some((entry) => entry.name === namespace)) return;
    yield {
      messageId: 'missing',
      data: {
        policy: describePolicy(policy),
        namespace,
        count: new Set(index.namespaces.map((entry) => entry.name)).size,
      },
      path: ['metadata', 'namespace'],
    };
  },
});
