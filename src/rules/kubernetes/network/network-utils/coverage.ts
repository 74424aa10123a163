import type { NormalizedPolicy, PolicyPart, PolicyRule, Tri } from './model.js';
import type { NamespaceInfo, NetworkModel } from './network-model.js';
import { isWholeFamily } from './cidr.js';
import { everyPod } from './matchers.js';

export type Direction = 'ingress' | 'egress';

/** Whether a part selects every pod of a namespace (its selector reads only the namespace, and takes this one). */
export function coversNamespace(part: PolicyPart, info: NamespaceInfo): Tri {
  if (!part.subject.namespaceOnly) return 'no';
  if (part.subject.namespaces !== undefined && !part.subject.namespaces.has(info.name)) return 'no';
  return part.subject.test({
    namespace: info.name,
    labels: {},
    namespaceLabels: info.labels,
    namespaceKnown: info.known,
    serviceAccount: 'default',
  });
}

/** A rule that lets everything through: every peer, every port. */
export function allowsEverything(rule: PolicyRule): boolean {
  return rule.action === 'allow' && rule.peers === 'any' && rule.ports === 'any';
}

function isolates(part: PolicyPart, direction: Direction): boolean {
  return direction === 'ingress' ? part.isolatesIngress : part.isolatesEgress;
}

function rulesOf(part: PolicyPart, direction: Direction): readonly PolicyRule[] {
  return direction === 'ingress' ? part.ingress : part.egress;
}

export interface DefaultDeny {
  answer: Tri;
  /** The policy that isolates the namespace, when one does for sure. */
  by?: NormalizedPolicy;
}

/**
 * Whether every pod of the namespace is isolated in this direction by a policy that does not then allow everything:
 * the namespace's default deny (Kubernetes, Cilium or Calico, namespaced or cluster-wide).
 */
export function defaultDeny(model: NetworkModel, info: NamespaceInfo, direction: Direction): DefaultDeny {
  let answer: Tri = 'no';
  for (const part of model.parts) {
    if (!isolates(part, direction) || rulesOf(part, direction).some(allowsEverything)) continue;
    const covers = coversNamespace(part, info);
    if (covers === 'yes') return { answer: 'yes', by: part.policy };
    if (covers === 'maybe') answer = 'maybe';
  }
  return { answer };
}

/** Where a rule lets every peer in (or out): the rule itself, a peer that takes every pod, or every address. */
export interface OpenPeer {
  path: readonly (string | number)[];
  what: 'every peer' | 'every pod in the cluster' | 'every address';
}

export function openPeers(rule: PolicyRule): OpenPeer[] {
  if (rule.action !== 'allow') return [];
  if (rule.peers === 'any') return [{ path: rule.path, what: 'every peer' }];
  const out: OpenPeer[] = [];
  for (const peer of rule.peers) {
    if (peer.kind === 'pods' && peer.matcher === everyPod)
      out.push({ path: peer.path, what: 'every pod in the cluster' });
    if (peer.kind === 'ip' && isWholeFamily(peer.cidr) && peer.except.length === 0)
      out.push({ path: peer.path, what: 'every address' });
  }
  return out;
}
