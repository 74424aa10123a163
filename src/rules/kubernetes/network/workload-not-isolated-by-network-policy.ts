import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { workloadKinds } from '../../../sources/index.js';
import { describePolicies, describeWorkload, isIsolated } from './network-utils/describe.js';
import { judgedWorkload } from './network-utils/judged.js';

export const workloadNotIsolatedByNetworkPolicy = defineRule({
  id: 'KN003',
  slug: 'workload-not-isolated-by-network-policy',
  title: 'No network policy restricts connections to the pods',
  severity: 'low',
  domain: 'kubernetes-network',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'A pod that no ingress policy selects accepts connections from every pod of the cluster, whatever the other ' +
    'namespaces hold. Kubernetes, Cilium and Calico policies of the scanned input count. Pods on the host network ' +
    '(reported by KN015) and PodTemplates (which run no pods) are not judged here; pods a policy may select, by ' +
    'labels the input does not show, are not reported.',
  remediation:
    'Cover the namespace with a default-deny ingress policy and allow the pod’s clients with a policy that selects ' +
    'its labels (`bulwark netpol suggest` derives one from the Services that route to it).',
  references: {
    cis: ['k8s-1.9:5.3.2'],
    mitre: ['T1210'],
    urls: [
      'https://kubernetes.io/docs/concepts/services-networking/network-policies/#isolated-and-non-isolated-pods',
    ],
  },
  messages: {
    unselected:
      'no network policy selects the pods of {{workload}}: every pod in the cluster can connect to them on every port',
    notIsolating:
      'the policies that select the pods of {{workload}} ({{policies}}) do not isolate them for ingress: every ' +
      'pod in the cluster can connect to them on every port',
  },
  *check(view, context): Iterable<Violation<'unselected' | 'notIsolating'>> {
    const judged = judgedWorkload(view, context);
    if (judged === undefined) return;
    const { group } = judged.node;
    if (group.hostNetwork || group.maybeSelectedBy.length > 0 || isIsolated(judged.node, 'ingress')) return;
    const workload = describeWorkload(judged.node);
    const path = [...view.podMetadataPath, 'labels'];
    if (group.selectedBy.length === 0) {
      yield { messageId: 'unselected', data: { workload }, path };
      return;
    }
    yield {
      messageId: 'notIsolating',
      data: { workload, policies: describePolicies(group.selectedBy.map((part) => part.policy)) },
      path,
    };
  },
});
