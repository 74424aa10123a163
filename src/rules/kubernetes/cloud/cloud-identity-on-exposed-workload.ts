import type { Violation } from '../../../core/index.js';
import { namespaceOf } from '../../../core/index.js';
import { workloadKinds } from '../../../sources/index.js';
import { defineRule } from '../../define-rule.js';
import { findServiceAccount } from '../cluster-utils/lookup.js';
import { listSome } from '../network/network-utils/describe.js';
import { describeRoute, exposureRoutes } from '../network/network-utils/services.js';
import { judgedWorkload } from '../network/network-utils/judged.js';

/** The annotations that give a ServiceAccount's pods a cloud identity, by cloud. */
const identityAnnotations: readonly { key: string; cloud: string }[] = [
  { key: 'eks.amazonaws.com/role-arn', cloud: 'AWS IAM role' },
  { key: 'iam.gke.io/gcp-service-account', cloud: 'Google service account' },
  { key: 'azure.workload.identity/client-id', cloud: 'Azure managed identity' },
];

export const cloudIdentityOnExposedWorkload = defineRule({
  id: 'KN031',
  slug: 'cloud-identity-on-exposed-workload',
  title: 'Pods with a cloud IAM identity are exposed or privileged',
  severity: 'high',
  domain: 'kubernetes-network',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'A ServiceAccount annotated for IAM roles for service accounts (`eks.amazonaws.com/role-arn`; GKE and Azure ' +
    'workload identity alike) gives its pods cloud credentials. When those pods are reachable from the internet ' +
    '(a LoadBalancer or NodePort Service, externalIPs, or an Ingress in front of their Service) or run a ' +
    'privileged container, one application bug or container escape hands the attacker the cloud role and ' +
    'whatever it can reach in the account. Judged with the ServiceAccounts, Services and Ingresses of the input.',
  remediation:
    'Keep cloud identities off internet-facing and privileged pods: move the cloud calls to an internal service ' +
    'with its own ServiceAccount, scope the IAM policy to the least it needs, and drop `privileged`.',
  references: {
    mitre: ['T1078.004', 'T1552.005'],
    urls: ['https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html'],
  },
  messages: {
    exposed:
      'the pods of {{workload}} run as ServiceAccount {{account}}, which carries {{cloud}} {{identity}}, and are ' +
      'reachable from the internet through {{routes}}',
    privileged:
      'the pods of {{workload}} run as ServiceAccount {{account}}, which carries {{cloud}} {{identity}}, and ' +
      'container "{{container}}" is privileged',
  },
  *check(view, context): Iterable<Violation<'exposed' | 'privileged'>> {
    const judged = judgedWorkload(view, context);
    if (judged === undefined) return;
    const { index, node } = judged;
    const namespace = namespaceOf(node.entry);
    const accountName = node.entry.serviceAccountName ?? 'default';
    const account = findServiceAccount(index, namespace, accountName);
    if (account === undefined) return;
    const found = identityAnnotations.find(({ key }) => (account.annotations[key] ?? '').trim() !== '');
    if (found === undefined) return;
    const field = view.spec.serviceAccountName
      ? 'serviceAccountName'
      : view.spec.serviceAccount
        ? 'serviceAccount'
        : undefined;
    const path = field === undefined ? view.specPath : [...view.specPath, field];
    const data = {
      workload: `${node.entry.kind} ${namespace}/${node.entry.name}`,
      account: `${namespace}/${accountName}`,
      cloud: found.cloud,
      identity: account.annotations[found.key] ?? '',
    };
    const routes = exposureRoutes(index, node.entry);
    if (routes.length > 0)
      yield { messageId: 'exposed', data: { ...data, routes: listSome(routes.map(describeRoute)) }, path };
    const privileged = view.containers.find((entry) => entry.container.securityContext?.privileged === true);
    if (privileged !== undefined)
      yield { messageId: 'privileged', data: { ...data, container: privileged.name }, path };
  },
});
