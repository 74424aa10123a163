import type { IndexedContainerPort } from '../../../../core/index.js';
import { formatPath } from '../../../../core/index.js';
import { cidrContainsAddress, parseAddress } from './cidr.js';
import type { IpPeer, PolicyPart, PolicyRule, Tri, UnknownPeer } from './model.js';
import { describePolicy } from './model.js';
import type { NetworkModel, PodGroup, WorkloadNode } from './network-model.js';
import { groupMatches, namedPortSignature } from './network-model.js';
import type { PortSet } from './ports.js';
import { intersectPorts, isEmptyPorts, noPorts, resolvePorts, subtractPorts, unionPorts } from './ports.js';
import { triOr } from './tri.js';

/** One end of a connection: the pods of a workload, or an address outside the pod network. */
export type Endpoint =
  | { kind: 'pods'; group: PodGroup; ports: readonly IndexedContainerPort[] }
  | { kind: 'address'; family: 4 | 6; value: bigint; text: string };

/** The ports on which a connection is allowed; any reasons make the answer approximate. */
export interface ReachAnswer {
  ports: PortSet;
  /** Why the answer is not exact, sorted; empty when it is. */
  reasons: readonly string[];
}

export function workloadEndpoint(node: WorkloadNode): Endpoint {
  return { kind: 'pods', group: node.group, ports: node.entry.ports };
}

export function addressEndpoint(text: string): Endpoint | undefined {
  const address = parseAddress(text);
  return address === undefined ? undefined : { kind: 'address', ...address, text: text.trim() };
}

type Direction = 'ingress' | 'egress';

function where(part: PolicyPart, rule?: PolicyRule): string {
  const path = rule === undefined ? part.path : rule.path;
  const shown = formatPath(path);
  return `${describePolicy(part.policy)}${shown === '' ? '' : ` ${shown}`}`;
}

interface RuleMatch {
  answer: Tri;
  /** An address block that may also cover pod addresses, when only that could make the rule match. */
  openBlock?: IpPeer;
  /** Why the answer is `maybe`. */
  why?: string;
}

function unknownCovers(peer: UnknownPeer, other: Endpoint): boolean {
  if (peer.covers === 'all') return true;
  if (other.kind === 'address') return peer.covers === 'addresses';
  return peer.covers === 'pods' || (peer.covers === 'host-network' && other.group.hostNetwork);
}

const hostTraffic =
  'the other side uses the host network, so its traffic carries the node’s address, which selectors may not see';
const unreadLabels =
  'its selector reads labels the input does not show (a namespace outside the input, or a selector Bulwark cannot read)';

function matchRule(rule: PolicyRule, other: Endpoint): RuleMatch {
  if (rule.peers === 'any') return { answer: 'yes' };
  let answer: Tri = 'no';
  let openBlock: IpPeer | undefined;
  let why: string | undefined;
  for (const peer of rule.peers) {
    if (peer.kind === 'unknown') {
      if (!unknownCovers(peer, other)) continue;
      answer = triOr(answer, 'maybe');
      why ??= peer.reason;
    } else if (peer.kind === 'pods') {
      if (other.kind !== 'pods') continue;
      let found = groupMatches(other.group, peer.matcher);
      // Host-network pods send and receive with the node's address: selectors may or may not see them.
      if (found !== 'no' && other.group.hostNetwork) found = 'maybe';
      if (found === 'maybe') why ??= other.group.hostNetwork ? hostTraffic : unreadLabels;
      answer = triOr(answer, found);
    } else if (other.kind === 'address') {
      const inside =
        cidrContainsAddress(peer.cidr, other.family, other.value) &&
        !peer.except.some((block) => cidrContainsAddress(block, other.family, other.value));
      if (inside) answer = 'yes';
    } else if (peer.mayMatchPods) {
      openBlock ??= peer;
    }
  }
  return { answer, ...(openBlock === undefined ? {} : { openBlock }), ...(why === undefined ? {} : { why }) };
}

function sideOf(direction: Direction, subject: boolean): string {
  return (direction === 'egress') === subject ? 'source' : 'destination';
}

/**
 * What the policies selecting `group` let it send (egress) or receive (ingress) to or from `other`, resolved against
 * the destination's container ports. Deny rules (Cilium) override allow rules.
 */
function allowedBy(
  group: PodGroup,
  other: Endpoint,
  direction: Direction,
  destinationPorts: readonly IndexedContainerPort[] | undefined,
  reasons: Set<string>,
): PortSet {
  const subjectSide = sideOf(direction, true);
  if (group.hostNetwork) {
    reasons.add(`the ${subjectSide} uses the host network: network policies do not reliably apply to it`);
    return 'all';
  }
  const isolates = (part: PolicyPart) =>
    direction === 'ingress' ? part.isolatesIngress : part.isolatesEgress;
  const rulesOf = (part: PolicyPart) => (direction === 'ingress' ? part.ingress : part.egress);
  for (const part of group.maybeSelectedBy)
    if (isolates(part) || rulesOf(part).length > 0)
      reasons.add(
        `${where(part)} may or may not select the ${subjectSide}: its selector reads labels the input does not show`,
      );
  const isolated = group.selectedBy.some(isolates);
  let allowed: PortSet = isolated ? noPorts : 'all';
  let denied: PortSet = noPorts;
  const open: { ports: PortSet; reason: string }[] = [];
  for (const part of group.selectedBy) {
    const rules = rulesOf(part);
    if (rules.length === 0) continue;
    if (part.approximate !== undefined) reasons.add(`${where(part)}: ${part.approximate}`);
    for (const rule of rules) {
      const match = matchRule(rule, other);
      const ports = resolvePorts(rule.ports, destinationPorts);
      if (isEmptyPorts(ports)) continue;
      if (match.answer === 'yes') {
        if (rule.approximate !== undefined) reasons.add(`${where(part, rule)}: ${rule.approximate}`);
        if (rule.action === 'deny') denied = unionPorts(denied, ports);
        else allowed = unionPorts(allowed, ports);
      } else if (match.answer === 'maybe') {
        open.push({
          ports,
          reason: `${where(part, rule)} may or may not match: ${match.why ?? unreadLabels}`,
        });
      } else if (match.openBlock !== undefined) {
        open.push({
          ports,
          reason: `${where(part, rule)}: ipBlock ${match.openBlock.cidr.text} may also cover pod addresses, depending on the network plugin`,
        });
      }
    }
  }
  const result = subtractPorts(allowed, denied);
  // An open match matters only where it could change the answer.
  for (const candidate of open)
    if (
      !isEmptyPorts(subtractPorts(candidate.ports, result)) ||
      !isEmptyPorts(intersectPorts(candidate.ports, denied))
    )
      reasons.add(candidate.reason);
  return result;
}

/** Ports on which `from` can open connections to `to`: both the source's egress and the target's ingress must allow. */
export function reach(from: Endpoint, to: Endpoint): ReachAnswer {
  const reasons = new Set<string>();
  const destinationPorts = to.kind === 'pods' ? to.ports : undefined;
  let ports: PortSet = 'all';
  if (from.kind === 'pods') ports = allowedBy(from.group, to, 'egress', destinationPorts, reasons);
  if (to.kind === 'pods' && !isEmptyPorts(ports))
    ports = intersectPorts(ports, allowedBy(to.group, from, 'ingress', destinationPorts, reasons));
  return { ports, reasons: [...reasons].sort() };
}

function partIds(model: NetworkModel): Map<PolicyPart, number> {
  return new Map(model.parts.map((part, index) => [part, index]));
}

/** Text that equal pod groups share: two groups with the same text get the same answers. */
function behaviourOf(group: PodGroup, ids: ReadonlyMap<PolicyPart, number>): string {
  const selected = group.selectedBy.map((part) => ids.get(part)).join(',');
  const maybe = group.maybeSelectedBy.map((part) => ids.get(part)).join(',');
  const matches = [...group.matches.entries()]
    .map(([key, answer]) => `${key}:${answer}`)
    .sort()
    .join('\u0002');
  const unknownNamespace = group.context.namespaceKnown ? '' : group.context.namespace;
  return [group.hostNetwork, selected, maybe, matches, unknownNamespace].join('\u0001');
}

const openAnswer: ReachAnswer = { ports: 'all', reasons: [] };

/** Most pairs of an unsegmented cluster are open: they share one answer object. */
function shared(answer: ReachAnswer): ReachAnswer {
  return answer.ports === 'all' && answer.reasons.length === 0 ? openAnswer : answer;
}

export interface Reachability {
  model: NetworkModel;
  /** The answer from one workload's pods to another's; pairs of equal behaviour share one computation. */
  between(from: WorkloadNode, to: WorkloadNode): ReachAnswer;
  /** The answer between a workload and an address, in either direction. */
  toAddress(from: WorkloadNode, address: Endpoint): ReachAnswer;
  fromAddress(address: Endpoint, to: WorkloadNode): ReachAnswer;
  /** Class numbers: workloads with equal numbers get equal answers as sources (and as destinations). */
  sourceClass(node: WorkloadNode): number;
  destinationClass(node: WorkloadNode): number;
}

export function createReachability(model: NetworkModel): Reachability {
  const ids = partIds(model);
  const behaviours = new Map<PodGroup, string>();
  const classNumbers = new Map<string, number>();
  const behaviourText = (group: PodGroup) => {
    let text = behaviours.get(group);
    if (text === undefined) {
      text = behaviourOf(group, ids);
      behaviours.set(group, text);
    }
    return text;
  };
  const numberOf = (text: string) => {
    let number = classNumbers.get(text);
    if (number === undefined) {
      number = classNumbers.size;
      classNumbers.set(text, number);
    }
    return number;
  };
  const sourceClasses = new Map<PodGroup, number>();
  const destinationClasses = new Map<WorkloadNode, number>();
  const sourceClass = (node: WorkloadNode) => {
    let number = sourceClasses.get(node.group);
    if (number === undefined) {
      number = numberOf(`s${behaviourText(node.group)}`);
      sourceClasses.set(node.group, number);
    }
    return number;
  };
  const destinationClass = (node: WorkloadNode) => {
    let number = destinationClasses.get(node);
    if (number === undefined) {
      number = numberOf(`d${behaviourText(node.group)}\u0003${namedPortSignature(model, node.entry.ports)}`);
      destinationClasses.set(node, number);
    }
    return number;
  };
  const answers = new Map<number, ReachAnswer>();
  return {
    model,
    between(from, to) {
      // Class numbers stay far below 2^26, so the pair key is an exact integer.
      const key = sourceClass(from) * 0x4000000 + destinationClass(to);
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = shared(reach(workloadEndpoint(from), workloadEndpoint(to)));
        answers.set(key, answer);
      }
      return answer;
    },
    toAddress(from, address) {
      return reach(workloadEndpoint(from), address);
    },
    fromAddress(address, to) {
      return reach(address, workloadEndpoint(to));
    },
    sourceClass,
    destinationClass,
  };
}

const reachabilities = new WeakMap<NetworkModel, Reachability>();

/** One reachability per model, so rules share its cache. */
export function reachabilityOf(model: NetworkModel): Reachability {
  let reachability = reachabilities.get(model);
  if (reachability === undefined) {
    reachability = createReachability(model);
    reachabilities.set(model, reachability);
  }
  return reachability;
}
