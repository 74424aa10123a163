import type { Violation } from '../../../core/index.js';
import { workloadKinds } from '../../../sources/index.js';
import { defineRule } from '../../define-rule.js';
import { metadataServiceAddress } from '../network/network-utils/cidr.js';
import { judgedWorkload } from '../network/network-utils/judged.js';
import { portsContain } from '../network/network-utils/ports.js';
import { addressEndpoint, reachabilityOf } from '../network/network-utils/reachability.js';

const metadataService = addressEndpoint(metadataServiceAddress);

export const metadataServiceReachable = defineRule({
  id: 'KN032',
  slug: 'metadata-service-reachable',
  title: 'Pods can reach the cloud metadata service',
  severity: 'low',
  domain: 'kubernetes-network',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'The instance metadata service at 169.254.169.254 hands out the node’s cloud credentials (the EC2 instance ' +
    'role on EKS, the node service account on GKE and AKS) to whoever asks from the node. Pods on the host network ' +
    'always reach it with the node’s identity (high severity). Other pods reach it unless an egress policy blocks ' +
    'it: IMDSv2 with a hop limit of 1 stops them on EKS, but only if the node group is configured so. Reachability ' +
    'is computed from the egress policies of the input, and the finding says when the answer is approximate.',
  remediation:
    'Add an egress policy to every namespace that allows only what pods need, with `except: [169.254.169.254/32]` ' +
    'in any `ipBlock` that covers it; on EKS also require IMDSv2 with a hop limit of 1 and give pods their own ' +
    'identity (IRSA or Pod Identity).',
  references: {
    mitre: ['T1552.005'],
    urls: [
      'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html#_restrict_access_to_the_instance_profile_assigned_to_the_worker_node',
    ],
  },
  messages: {
    hostNetwork:
      'the pods of {{workload}} use the node’s network: they reach the metadata service as the node',
    reachable:
      'the pods of {{workload}} can reach the metadata service at 169.254.169.254 on {{ports}}: no egress policy ' +
      'blocks it{{approximate}}',
  },
  *check(view, context): Iterable<Violation<'hostNetwork' | 'reachable'>> {
    // A PodTemplate runs no pods of its own.
    if (view.kind === 'PodTemplate') return;
    const workload = `${view.kind} ${view.resource.namespace ?? 'default'}/${view.resource.name}`;
    if (view.spec.hostNetwork === true) {
      yield {
        messageId: 'hostNetwork',
        data: { workload },
        path: [...view.specPath, 'hostNetwork'],
        severity: 'high',
      };
      return;
    }
    const judged = judgedWorkload(view, context);
    if (judged === undefined || metadataService === undefined) return;
    const answer = reachabilityOf(judged.model).toAddress(judged.node, metadataService);
    if (!portsContain(answer.ports, 'TCP', 80)) return;
    yield {
      messageId: 'reachable',
      data: {
        workload,
        ports: answer.ports === 'all' ? 'every port' : 'TCP 80',
        approximate: answer.reasons.length === 0 ? '' : ` (approximate: ${answer.reasons.join('; ')})`,
      },
      path: [...view.podMetadataPath, 'labels'],
    };
  },
});
