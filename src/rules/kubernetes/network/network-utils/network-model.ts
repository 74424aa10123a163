import type {
  ClusterIndex,
  IndexedContainerPort,
  IndexedObject,
  IndexedWorkload,
  Resource,
} from '../../../../core/index.js';
import { namespaceOf } from '../../../../core/index.js';
import { memoPerIndex } from '../../cluster-utils/memo.js';
import { namespaceNameLabel } from './matchers.js';
import type { Labels, NormalizedPolicy, PodContext, PodMatcher, PolicyPart, Tri } from './model.js';
import { normalizePolicy } from './policies.js';
import { portNamesOf } from './ports.js';

export interface NamespaceInfo {
  name: string;
  /** With the `kubernetes.io/metadata.name` label the API server adds. */
  labels: Labels;
  /** Whether the Namespace object is in the input (otherwise only its name label is known). */
  known: boolean;
  entry?: IndexedObject;
}

/** Pods that every selector sees alike: same namespace, labels, service account and network mode. */
export interface PodGroup {
  id: number;
  context: PodContext;
  hostNetwork: boolean;
  /** Answers of every matcher that takes this group (`yes` or `maybe`), by matcher key. */
  matches: Map<string, Tri>;
  /** Parts of applied policies that select the group for sure, and those that may. */
  selectedBy: PolicyPart[];
  maybeSelectedBy: PolicyPart[];
}

export interface WorkloadNode {
  entry: IndexedWorkload;
  group: PodGroup;
  /** `namespace/name`. */
  id: string;
}

export interface NetworkModel {
  namespaces: ReadonlyMap<string, NamespaceInfo>;
  /** Every network policy of the input, each read in its own dialect (with its errors). */
  policies: readonly NormalizedPolicy[];
  /** The parts of the policies the API server accepts: the ones that take effect. */
  parts: readonly PolicyPart[];
  /** Workloads that run pods (a PodTemplate runs none), in index order. */
  workloads: readonly WorkloadNode[];
  groups: readonly PodGroup[];
  /** Container port names some policy refers to: only these make two pods' ports differ for reachability. */
  usedPortNames: ReadonlySet<string>;
  /** Groups each part selects for sure, and those it may select. */
  selection: ReadonlyMap<PolicyPart, { yes: PodGroup[]; maybe: PodGroup[] }>;
  /** Every distinct selector of the applied policies' peers. */
  peerMatchers: readonly PodMatcher[];
  groupsByKey: ReadonlyMap<string, PodGroup>;
}

/** What makes two pods equal for every selector. */
export function groupKey(
  namespace: string,
  serviceAccount: string,
  hostNetwork: boolean,
  labels: Labels,
): string {
  return [namespace, serviceAccount, hostNetwork, labelsKey(labels)].join('\u0001');
}

/** A group of pods not (yet) in the model: which parts select it and which peer selectors take it. */
export function newGroup(
  id: number,
  context: PodContext,
  hostNetwork: boolean,
  parts: readonly PolicyPart[],
  peerMatchers: readonly PodMatcher[],
): PodGroup {
  const group: PodGroup = {
    id,
    context,
    hostNetwork,
    matches: new Map(),
    selectedBy: [],
    maybeSelectedBy: [],
  };
  const applies = (matcher: PodMatcher) =>
    matcher.namespaces === undefined || matcher.namespaces.has(context.namespace);
  for (const part of parts) {
    if (!applies(part.subject)) continue;
    const answer = part.subject.test(context);
    if (answer === 'yes') group.selectedBy.push(part);
    else if (answer === 'maybe') group.maybeSelectedBy.push(part);
  }
  for (const matcher of peerMatchers) {
    if (!applies(matcher)) continue;
    const answer = matcher.test(context);
    if (answer !== 'no') group.matches.set(matcher.key, answer);
  }
  return group;
}

function namespaceInfos(index: ClusterIndex): Map<string, NamespaceInfo> {
  const infos = new Map<string, NamespaceInfo>();
  for (const entry of index.namespaces) {
    if (infos.has(entry.name)) continue;
    infos.set(entry.name, {
      name: entry.name,
      labels: { ...entry.labels, [namespaceNameLabel]: entry.name },
      known: true,
      entry,
    });
  }
  const mention = (name: string) => {
    if (!infos.has(name)) infos.set(name, { name, labels: { [namespaceNameLabel]: name }, known: false });
  };
  for (const workload of index.workloads) mention(namespaceOf(workload));
  return infos;
}

function labelsKey(labels: Labels): string {
  return Object.entries(labels)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('\u0000');
}

function candidates(
  matcher: PodMatcher,
  groups: readonly PodGroup[],
  byNamespace: ReadonlyMap<string, PodGroup[]>,
): readonly PodGroup[] {
  if (matcher.namespaces === undefined) return groups;
  return [...matcher.namespaces].flatMap((name) => byNamespace.get(name) ?? []);
}

function matchInto(
  matcher: PodMatcher,
  groups: readonly PodGroup[],
  byNamespace: ReadonlyMap<string, PodGroup[]>,
  done: Set<string>,
): void {
  if (done.has(matcher.key)) return;
  done.add(matcher.key);
  for (const group of candidates(matcher, groups, byNamespace)) {
    const answer = matcher.test(group.context);
    if (answer !== 'no') group.matches.set(matcher.key, answer);
  }
}

/** Whether a matcher takes a group: `no` unless it was recorded when the model was built. */
export function groupMatches(group: PodGroup, matcher: PodMatcher): Tri {
  return group.matches.get(matcher.key) ?? 'no';
}

function buildModel(index: ClusterIndex): NetworkModel {
  const namespaces = namespaceInfos(index);
  const policies = index.networkPolicies.map(normalizePolicy);
  const parts = policies.filter((policy) => policy.errors.length === 0).flatMap((policy) => policy.parts);
  const groups: PodGroup[] = [];
  const byKey = new Map<string, PodGroup>();
  const byNamespace = new Map<string, PodGroup[]>();
  const workloads: WorkloadNode[] = [];
  for (const entry of index.workloads) {
    if (entry.kind === 'PodTemplate') continue;
    const namespace = namespaceOf(entry);
    const serviceAccount = entry.serviceAccountName ?? 'default';
    const key = groupKey(namespace, serviceAccount, entry.hostNetwork, entry.podLabels);
    let group = byKey.get(key);
    if (group === undefined) {
      const info = namespaces.get(namespace);
      group = {
        id: groups.length,
        context: {
          namespace,
          labels: entry.podLabels,
          namespaceLabels: info?.labels ?? { [namespaceNameLabel]: namespace },
          namespaceKnown: info?.known ?? false,
          serviceAccount,
        },
        hostNetwork: entry.hostNetwork,
        matches: new Map(),
        selectedBy: [],
        maybeSelectedBy: [],
      };
      groups.push(group);
      byKey.set(key, group);
      const list = byNamespace.get(namespace);
      if (list === undefined) byNamespace.set(namespace, [group]);
      else list.push(group);
    }
    workloads.push({ entry, group, id: `${namespace}/${entry.name}` });
  }
  const done = new Set<string>();
  const peerMatchers: PodMatcher[] = [];
  const selection = new Map<PolicyPart, { yes: PodGroup[]; maybe: PodGroup[] }>();
  const usedPortNames = new Set<string>();
  for (const part of parts) {
    const picked = { yes: [] as PodGroup[], maybe: [] as PodGroup[] };
    for (const group of candidates(part.subject, groups, byNamespace)) {
      const answer = part.subject.test(group.context);
      if (answer === 'yes') {
        picked.yes.push(group);
        group.selectedBy.push(part);
      } else if (answer === 'maybe') {
        picked.maybe.push(group);
        group.maybeSelectedBy.push(part);
      }
    }
    selection.set(part, picked);
    for (const rule of [...part.ingress, ...part.egress]) {
      for (const name of portNamesOf(rule.ports)) usedPortNames.add(name);
      if (rule.peers === 'any') continue;
      for (const peer of rule.peers) {
        if (peer.kind !== 'pods' || done.has(peer.matcher.key)) continue;
        peerMatchers.push(peer.matcher);
        matchInto(peer.matcher, groups, byNamespace, done);
      }
    }
  }
  return {
    namespaces,
    policies,
    parts,
    workloads,
    groups,
    usedPortNames,
    selection,
    peerMatchers,
    groupsByKey: byKey,
  };
}

/** The network model of an index, built once per index. */
export const networkModel = memoPerIndex(buildModel);

/** The model's workloads grouped by namespace, in index order within each. */
export const workloadsByNamespace = memoPerIndex((index): ReadonlyMap<string, readonly WorkloadNode[]> => {
  const map = new Map<string, WorkloadNode[]>();
  for (const node of networkModel(index).workloads) {
    const namespace = node.group.context.namespace;
    const list = map.get(namespace);
    if (list === undefined) map.set(namespace, [node]);
    else list.push(node);
  }
  return map;
});

function positionKey(file: string, line: number, column: number): string {
  return `${file}\u0000${line}\u0000${column}`;
}

function keyOfResource(resource: Resource): string {
  const { file = '', startLine = 0, startColumn = 0 } = resource.source;
  return positionKey(file, startLine, startColumn);
}

const workloadsByPosition = memoPerIndex((index) => {
  const map = new Map<string, WorkloadNode>();
  for (const node of networkModel(index).workloads)
    map.set(positionKey(node.entry.file, node.entry.line, node.entry.column), node);
  return map;
});

const policiesByPosition = memoPerIndex((index) => {
  const map = new Map<string, NormalizedPolicy>();
  for (const policy of networkModel(index).policies)
    map.set(positionKey(policy.entry.file, policy.entry.line, policy.entry.column), policy);
  return map;
});

/** The model's node for the workload a rule is judging, found by where the object starts. */
export function workloadNodeOf(index: ClusterIndex, resource: Resource): WorkloadNode | undefined {
  return workloadsByPosition(index).get(keyOfResource(resource));
}

export function policyOf(index: ClusterIndex, resource: Resource): NormalizedPolicy | undefined {
  return policiesByPosition(index).get(keyOfResource(resource));
}

/** A pod's ports that policies name, as text: pods that differ only in other ports get the same answers. */
export function namedPortSignature(model: NetworkModel, ports: readonly IndexedContainerPort[]): string {
  if (model.usedPortNames.size === 0) return '';
  return ports
    .filter((port) => port.name !== undefined && model.usedPortNames.has(port.name))
    .map((port) => `${port.name}/${port.protocol}=${String(port.containerPort)}`)
    .sort()
    .join(',');
}
