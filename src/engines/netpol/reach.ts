import type { ClusterIndex } from '../../core/index.js';
import { formatPath, namespaceOf } from '../../core/index.js';
import { describePolicy } from '../../rules/kubernetes/network/network-utils/model.js';
import type {
  NetworkModel,
  WorkloadNode,
} from '../../rules/kubernetes/network/network-utils/network-model.js';
import { networkModel } from '../../rules/kubernetes/network/network-utils/network-model.js';
import type { PortQuery, PortSet } from '../../rules/kubernetes/network/network-utils/ports.js';
import {
  intersectPorts,
  isEmptyPorts,
  parsePortQuery,
  queryPorts,
} from '../../rules/kubernetes/network/network-utils/ports.js';
import type { Endpoint, ReachAnswer } from '../../rules/kubernetes/network/network-utils/reachability.js';
import {
  addressEndpoint,
  createReachability,
  workloadEndpoint,
} from '../../rules/kubernetes/network/network-utils/reachability.js';

export interface ReachQuery {
  /** `namespace/name`, `namespace/*`, `*`, or an IP address; every workload when omitted. */
  from?: string;
  to?: string;
  /** `8080`, `53/UDP`, or a container port name. */
  port?: string;
}

/** One side of a pair: a workload (with where it is written) or an address. */
export type PairEnd =
  { kind: string; namespace: string; name: string; file: string; line: number } | { address: string };

export interface ReachPair {
  from: PairEnd;
  to: PairEnd;
  allowed: boolean;
  ports: PortSet;
  approximate: boolean;
  reasons: readonly string[];
}

export interface ReachResult {
  pairs: ReachPair[];
  /** Policies left out (refused by the API server) and what Bulwark reads approximately, for the reader. */
  notes: string[];
}

export class ReachQueryError extends Error {}

type Side =
  { kind: 'nodes'; nodes: readonly WorkloadNode[] } | { kind: 'address'; endpoint: Endpoint; text: string };

function globPattern(text: string): RegExp {
  const escaped = text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`);
}

function selectSide(model: NetworkModel, text: string | undefined, flag: string): Side {
  if (text === undefined || text.trim() === '*') return { kind: 'nodes', nodes: model.workloads };
  const trimmed = text.trim();
  const endpoint = addressEndpoint(trimmed);
  if (endpoint !== undefined) return { kind: 'address', endpoint, text: trimmed };
  const parts = trimmed.split('/');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '')
    throw new ReachQueryError(`${flag} ${text}: expected NAMESPACE/NAME, NAMESPACE/*, * or an IP address`);
  const namespace = globPattern(parts[0] ?? '');
  const name = globPattern(parts[1] ?? '');
  const nodes = model.workloads.filter(
    (node) => namespace.test(node.group.context.namespace) && name.test(node.entry.name),
  );
  return { kind: 'nodes', nodes };
}

function compareNodes(a: WorkloadNode, b: WorkloadNode): number {
  const left = `${a.group.context.namespace}\u0000${a.entry.name}\u0000${a.entry.kind}`;
  const right = `${b.group.context.namespace}\u0000${b.entry.name}\u0000${b.entry.kind}`;
  return left < right ? -1 : left > right ? 1 : a.entry.line - b.entry.line;
}

function endOf(node: WorkloadNode): PairEnd {
  return {
    kind: node.entry.kind,
    namespace: namespaceOf(node.entry),
    name: node.entry.name,
    file: node.entry.file,
    line: node.entry.line,
  };
}

function notesOf(model: NetworkModel): string[] {
  const notes: string[] = [];
  for (const policy of model.policies) {
    const at = `${policy.entry.file}:${policy.entry.line}`;
    const first = policy.errors[0];
    if (first !== undefined)
      notes.push(
        `${describePolicy(policy)} (${at}) is refused by the API server and left out: ${first.message}`,
      );
    for (const approximation of policy.approximations) {
      const path = formatPath(approximation.path);
      notes.push(
        `${describePolicy(policy)} (${at}${path === '' ? '' : ` ${path}`}) is read approximately: ${approximation.message}`,
      );
    }
  }
  return notes;
}

function withPort(answer: ReachAnswer, query: PortQuery | undefined, to: Endpoint): PortSet {
  if (query === undefined) return answer.ports;
  return intersectPorts(answer.ports, queryPorts(query, to.kind === 'pods' ? to.ports : undefined));
}

/**
 * Which workloads can open connections to which, on which ports, per the network policies of the index. Pairs are
 * sorted by source then destination (namespace, name); answers are computed once per class of equal pods.
 */
export function answerReach(index: ClusterIndex, query: ReachQuery): ReachResult {
  const model = networkModel(index);
  const from = selectSide(model, query.from, '--from');
  const to = selectSide(model, query.to, '--to');
  if (from.kind === 'address' && to.kind === 'address')
    throw new ReachQueryError('--from and --to cannot both be addresses: one side must be pods');
  let port: PortQuery | undefined;
  if (query.port !== undefined) {
    const parsed = parsePortQuery(query.port);
    if ('error' in parsed) throw new ReachQueryError(`--port ${query.port}: ${parsed.error}`);
    port = parsed;
  }
  const reachability = createReachability(model);
  const pairs: ReachPair[] = [];
  const push = (fromEnd: PairEnd, toEnd: PairEnd, answer: ReachAnswer, target: Endpoint) => {
    const ports = withPort(answer, port, target);
    pairs.push({
      from: fromEnd,
      to: toEnd,
      allowed: !isEmptyPorts(ports),
      ports,
      approximate: answer.reasons.length > 0,
      reasons: answer.reasons,
    });
  };
  if (from.kind === 'address') {
    if (to.kind !== 'nodes') return { pairs, notes: notesOf(model) };
    for (const node of [...to.nodes].sort(compareNodes))
      push(
        { address: from.text },
        endOf(node),
        reachability.fromAddress(from.endpoint, node),
        workloadEndpoint(node),
      );
  } else if (to.kind === 'address') {
    for (const node of [...from.nodes].sort(compareNodes))
      push(endOf(node), { address: to.text }, reachability.toAddress(node, to.endpoint), to.endpoint);
  } else {
    const targets = [...to.nodes].sort(compareNodes);
    for (const source of [...from.nodes].sort(compareNodes))
      for (const target of targets)
        push(endOf(source), endOf(target), reachability.between(source, target), workloadEndpoint(target));
  }
  return { pairs, notes: notesOf(model) };
}
