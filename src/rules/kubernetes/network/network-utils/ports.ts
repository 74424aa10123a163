import type { IndexedContainerPort } from '../../../../core/index.js';

export const portProtocols = ['TCP', 'UDP', 'SCTP'] as const;
export type PortProtocol = (typeof portProtocols)[number];

export function isPortProtocol(value: string): value is PortProtocol {
  return (portProtocols as readonly string[]).includes(value);
}

export const lowestPort = 1;
export const highestPort = 65535;

/** Ports `from` to `to` (both included) of one protocol. */
export interface PortRange {
  protocol: PortProtocol;
  from: number;
  to: number;
}

/** Resolved ports: every port of every protocol, or a sorted list of disjoint ranges (empty: nothing). */
export type PortSet = 'all' | readonly PortRange[];

/**
 * One port entry of a policy before named ports are resolved: a range, a container port name, or (neither) every
 * port of the protocol.
 */
export interface PortSpec {
  protocol: PortProtocol;
  from?: number;
  to?: number;
  name?: string;
}

/** What a rule allows on the port axis: every port, or the listed entries. */
export type PortMatch = 'any' | readonly PortSpec[];

export const noPorts: PortSet = [];

function protocolOrder(protocol: PortProtocol): number {
  return portProtocols.indexOf(protocol);
}

function compareRanges(a: PortRange, b: PortRange): number {
  return protocolOrder(a.protocol) - protocolOrder(b.protocol) || a.from - b.from || a.to - b.to;
}

function isWholeProtocol(ranges: readonly PortRange[], protocol: PortProtocol): boolean {
  return ranges.some(
    (range) => range.protocol === protocol && range.from <= lowestPort && range.to >= highestPort,
  );
}

/** Sorts and merges ranges; every port of every protocol becomes `all`. */
export function normalizePorts(ranges: readonly PortRange[]): PortSet {
  const sorted = [...ranges].sort(compareRanges);
  const merged: PortRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.protocol === range.protocol && range.from <= last.to + 1)
      merged[merged.length - 1] = { ...last, to: Math.max(last.to, range.to) };
    else merged.push({ ...range });
  }
  return portProtocols.every((protocol) => isWholeProtocol(merged, protocol)) ? 'all' : merged;
}

function expand(set: PortSet): readonly PortRange[] {
  return set === 'all'
    ? portProtocols.map((protocol) => ({ protocol, from: lowestPort, to: highestPort }))
    : set;
}

export function unionPorts(a: PortSet, b: PortSet): PortSet {
  if (a === 'all' || b === 'all') return 'all';
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return normalizePorts([...a, ...b]);
}

export function intersectPorts(a: PortSet, b: PortSet): PortSet {
  if (a === 'all') return b;
  if (b === 'all') return a;
  const out: PortRange[] = [];
  for (const left of a)
    for (const right of b) {
      if (left.protocol !== right.protocol) continue;
      const from = Math.max(left.from, right.from);
      const to = Math.min(left.to, right.to);
      if (from <= to) out.push({ protocol: left.protocol, from, to });
    }
  return normalizePorts(out);
}

/** The ports of `a` that are not in `b`. */
export function subtractPorts(a: PortSet, b: PortSet): PortSet {
  if (b === 'all') return noPorts;
  if (b.length === 0) return a;
  let remaining = [...expand(a)];
  for (const cut of b) {
    const next: PortRange[] = [];
    for (const range of remaining) {
      if (range.protocol !== cut.protocol || cut.to < range.from || cut.from > range.to) {
        next.push(range);
        continue;
      }
      if (range.from < cut.from) next.push({ ...range, to: cut.from - 1 });
      if (range.to > cut.to) next.push({ ...range, from: cut.to + 1 });
    }
    remaining = next;
  }
  return normalizePorts(remaining);
}

export function isEmptyPorts(set: PortSet): boolean {
  return set !== 'all' && set.length === 0;
}

export function portsContain(set: PortSet, protocol: PortProtocol, port: number): boolean {
  if (set === 'all') return true;
  return set.some((range) => range.protocol === protocol && range.from <= port && port <= range.to);
}

/**
 * The ports a rule's entries allow towards a pod with these container ports: a named entry is every container port
 * of that name and protocol (none when the pod has none, or for a destination that is not a pod).
 */
export function resolvePorts(
  match: PortMatch,
  targetPorts: readonly IndexedContainerPort[] | undefined,
): PortSet {
  if (match === 'any') return 'all';
  const ranges: PortRange[] = [];
  for (const spec of match) {
    if (spec.name !== undefined) {
      for (const port of targetPorts ?? [])
        if (
          port.name === spec.name &&
          port.protocol === spec.protocol &&
          typeof port.containerPort === 'number'
        )
          ranges.push({ protocol: spec.protocol, from: port.containerPort, to: port.containerPort });
      continue;
    }
    const from = spec.from ?? lowestPort;
    ranges.push({
      protocol: spec.protocol,
      from,
      to: spec.from === undefined ? highestPort : (spec.to ?? from),
    });
  }
  return normalizePorts(ranges);
}

/** Names of the container ports a match refers to, so pods that differ only elsewhere can share an answer. */
export function portNamesOf(match: PortMatch): readonly string[] {
  if (match === 'any') return [];
  return match.flatMap((spec) => (spec.name === undefined ? [] : [spec.name]));
}

function formatRange(range: PortRange): string {
  if (range.from <= lowestPort && range.to >= highestPort) return `${range.protocol} all`;
  return range.from === range.to
    ? `${range.protocol} ${range.from}`
    : `${range.protocol} ${range.from}-${range.to}`;
}

/** `all`, `none`, or `TCP 80, TCP 8000-8100, UDP 53`. */
export function formatPorts(set: PortSet): string {
  if (set === 'all') return 'all';
  if (set.length === 0) return 'none';
  return set.map(formatRange).join(', ');
}

/** `8080`, `8080/UDP`, `http`, `http/TCP`: one port to ask about. */
export type PortQuery = { protocol: PortProtocol; port: number } | { protocol: PortProtocol; name: string };

export function parsePortQuery(text: string): PortQuery | { error: string } {
  const [value = '', protocolText = 'TCP'] = text.split('/');
  const protocol = protocolText.toUpperCase();
  if (!isPortProtocol(protocol)) return { error: `unknown protocol ${protocolText} (TCP, UDP or SCTP)` };
  if (/^\d+$/.test(value)) {
    const port = Number(value);
    if (port < lowestPort || port > highestPort) return { error: `port ${value} is not 1-65535` };
    return { protocol, port };
  }
  if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(value)) return { protocol, name: value };
  return { error: `"${text}" is neither a port number nor a port name` };
}

/** The ports a query means on a pod with these container ports (a name may be several ports, or none). */
export function queryPorts(
  query: PortQuery,
  targetPorts: readonly IndexedContainerPort[] | undefined,
): PortSet {
  if ('port' in query) return [{ protocol: query.protocol, from: query.port, to: query.port }];
  return resolvePorts([{ protocol: query.protocol, name: query.name }], targetPorts);
}
