import { defineRule } from '../../define-rule.js';
import { defaultDeny } from './network-utils/coverage.js';
import { judgedNamespace, podlessNamespaces } from './network-utils/judged.js';
import { describeOpenWorkloads } from './network-utils/describe.js';

export const namespaceWithoutDefaultDenyIngress = defineRule({
  id: 'KN001',
  slug: 'namespace-without-default-deny-ingress',
  title: 'Namespace has no default-deny ingress policy',
  severity: 'medium',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: ['Namespace'],
  rationale:
    'Kubernetes lets every pod connect to every other pod until a network policy selects it. Without a policy that ' +
    'isolates all pods of a namespace, each new workload starts open to the whole cluster, and one compromised pod ' +
    'anywhere can probe and reach it. A default deny makes every allowed connection an explicit decision. ' +
    'Kubernetes, Cilium (namespaced or cluster-wide) and Calico (namespaced or global) policies count; a policy that ' +
    'selects every pod but then allows everything does not. `kube-public` and `kube-node-lease` run no pods and are ' +
    'not reported.',
  remediation:
    'Add a NetworkPolicy with `podSelector: {}` and `policyTypes: [Ingress]` and no ingress rules to the namespace, ' +
    'then allow what each workload needs with narrower policies (`bulwark netpol suggest` writes both from the ' +
    'Services of the manifests).',
  references: {
    cis: ['k8s-1.9:5.3.2'],
    mitre: ['T1210'],
    urls: [
      'https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-traffic',
    ],
  },
  messages: {
    missing:
      'namespace {{namespace}} has no policy that isolates all its pods for ingress: every pod in the cluster can ' +
      'connect to pods no policy selects{{open}}',
  },
  *check(view, context) {
    const judged = judgedNamespace(view, context);
    if (judged === undefined || podlessNamespaces.has(judged.info.name)) return;
    if (defaultDeny(judged.model, judged.info, 'ingress').answer !== 'no') return;
    yield {
      messageId: 'missing',
      data: {
        namespace: judged.info.name,
        open: describeOpenWorkloads(judged.model, judged.info.name, 'ingress'),
      },
      path: ['metadata', 'name'],
    };
  },
});
