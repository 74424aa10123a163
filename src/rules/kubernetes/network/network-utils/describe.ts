import { namespaceOf } from '../../../../core/index.js';
import type { Direction } from './coverage.js';
import type { NormalizedPolicy } from './model.js';
import { describePolicy } from './model.js';
import type { NetworkModel, WorkloadNode } from './network-model.js';

const listed = 3;

export function describeWorkload(node: WorkloadNode): string {
  return `${node.entry.kind} ${namespaceOf(node.entry)}/${node.entry.name}`;
}

/** `A, B, C and 2 more`. */
export function listSome(items: readonly string[]): string {
  const shown = items.slice(0, listed).join(', ');
  return items.length > listed ? `${shown} and ${items.length - listed} more` : shown;
}

/** Whether some policy isolates the workload's pods in this direction. */
export function isIsolated(node: WorkloadNode, direction: Direction): boolean {
  return node.group.selectedBy.some((part) =>
    direction === 'ingress' ? part.isolatesIngress : part.isolatesEgress,
  );
}

/** `; open now: Deployment shop/web (file:line), …` for the namespace's workloads no policy isolates, or nothing. */
export function describeOpenWorkloads(model: NetworkModel, namespace: string, direction: Direction): string {
  const open = model.workloads.filter(
    (node) =>
      node.group.context.namespace === namespace &&
      !node.group.hostNetwork &&
      node.group.maybeSelectedBy.length === 0 &&
      !isIsolated(node, direction),
  );
  if (open.length === 0) return '';
  return `; open now: ${listSome(open.map((node) => `${describeWorkload(node)} (${node.entry.file}:${node.entry.line})`))}`;
}

export function describePolicies(policies: readonly NormalizedPolicy[]): string {
  return listSome([...new Set(policies.map(describePolicy))]);
}
