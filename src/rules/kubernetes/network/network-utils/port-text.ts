import type { PortMatch, PortSpec } from './ports.js';
import { highestPort, lowestPort } from './ports.js';

function describeSpec(spec: PortSpec): string {
  if (spec.name !== undefined) return `${spec.protocol} ${spec.name}`;
  if (spec.from === undefined || (spec.from <= lowestPort && (spec.to ?? spec.from) >= highestPort))
    return `every ${spec.protocol} port`;
  return spec.to === undefined || spec.to === spec.from
    ? `${spec.protocol} ${spec.from}`
    : `${spec.protocol} ${spec.from}-${spec.to}`;
}

/** ` on every port`, ` on TCP 443, TCP http`, or ` on no port`. */
export function describePortMatch(match: PortMatch): string {
  if (match === 'any') return ' on every port';
  if (match.length === 0) return ' on no port';
  return ` on ${match.map(describeSpec).join(', ')}`;
}
