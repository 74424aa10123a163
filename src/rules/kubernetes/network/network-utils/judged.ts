import type { ClusterIndex, RuleContext } from '../../../../core/index.js';
import type { KubernetesObjectView, PodSpecView } from '../../../../sources/index.js';
import type { NormalizedPolicy } from './model.js';
import type { NamespaceInfo, NetworkModel, WorkloadNode } from './network-model.js';
import { networkModel, policyOf, workloadNodeOf } from './network-model.js';
import { nodeFromView } from './view-node.js';

export interface JudgedWorkload {
  index: ClusterIndex;
  model: NetworkModel;
  node: WorkloadNode;
}

/**
 * The workload a rule judges, in the network model; undefined without a cluster index or for a PodTemplate (it runs
 * no pods). A workload the index does not hold is placed in the model from its view, so the rule works whether
 * workloads are judged with the whole index or only with the policies, Services and Namespaces of the input.
 */
export function judgedWorkload(view: PodSpecView, context: RuleContext): JudgedWorkload | undefined {
  const index = context.cluster;
  if (index === undefined || view.kind === 'PodTemplate') return undefined;
  const model = networkModel(index);
  const node = workloadNodeOf(index, view.resource) ?? nodeFromView(model, view);
  return { index, model, node };
}

export interface JudgedPolicy {
  index: ClusterIndex;
  model: NetworkModel;
  policy: NormalizedPolicy;
}

export function judgedPolicy(view: KubernetesObjectView, context: RuleContext): JudgedPolicy | undefined {
  const index = context.cluster;
  if (index === undefined) return undefined;
  const policy = policyOf(index, view.resource);
  return policy === undefined ? undefined : { index, model: networkModel(index), policy };
}

export interface JudgedNamespace {
  index: ClusterIndex;
  model: NetworkModel;
  info: NamespaceInfo;
}

export function judgedNamespace(
  view: KubernetesObjectView,
  context: RuleContext,
): JudgedNamespace | undefined {
  const index = context.cluster;
  if (index === undefined || view.resource.kind !== 'Namespace' || view.resource.apiVersion !== 'v1')
    return undefined;
  const model = networkModel(index);
  const info = model.namespaces.get(view.resource.name);
  return info === undefined ? undefined : { index, model, info };
}

/** Namespaces that never hold application pods, so they need no network policy. */
export const podlessNamespaces: ReadonlySet<string> = new Set(['kube-public', 'kube-node-lease']);
