import type { WorkloadNode } from './network-model.js';
import { isEmptyPorts, isPortProtocol, portsContain } from './ports.js';
import type { Reachability } from './reachability.js';

export interface MatrixSummary {
  workloads: number;
  /** Classes of workloads that get equal answers, as sources and as destinations. */
  sourceClasses: number;
  destinationClasses: number;
  /** Workload pairs (every source with every destination, itself included). */
  pairs: number;
  allowedPairs: number;
  approximatePairs: number;
  /** Declared container ports of the destinations that the answers allow, summed over all pairs. */
  allowedDeclaredPorts: number;
}

function declaredPorts(node: WorkloadNode): { protocol: string; port: number }[] {
  const out: { protocol: string; port: number }[] = [];
  for (const port of node.entry.ports)
    if (typeof port.containerPort === 'number')
      out.push({ protocol: port.protocol, port: port.containerPort });
  return out;
}

/**
 * The full workload × workload × declared-port matrix, computed once per pair of classes and counted per workload:
 * what `netpol reach` would print for every pair, without holding it.
 */
export function reachabilityMatrix(reachability: Reachability): MatrixSummary {
  const nodes = reachability.model.workloads;
  const sourceRepresentatives = new Map<number, { node: WorkloadNode; count: number }>();
  for (const node of nodes) {
    const id = reachability.sourceClass(node);
    const entry = sourceRepresentatives.get(id);
    if (entry === undefined) sourceRepresentatives.set(id, { node, count: 1 });
    else entry.count += 1;
  }
  const destinations = nodes.map((node) => ({ node, ports: declaredPorts(node) }));
  const destinationClasses = new Set(nodes.map((node) => reachability.destinationClass(node)));
  const summary: MatrixSummary = {
    workloads: nodes.length,
    sourceClasses: sourceRepresentatives.size,
    destinationClasses: destinationClasses.size,
    pairs: nodes.length * nodes.length,
    allowedPairs: 0,
    approximatePairs: 0,
    allowedDeclaredPorts: 0,
  };
  for (const { node: source, count } of sourceRepresentatives.values())
    for (const destination of destinations) {
      const answer = reachability.between(source, destination.node);
      if (answer.reasons.length > 0) summary.approximatePairs += count;
      if (isEmptyPorts(answer.ports)) continue;
      summary.allowedPairs += count;
      for (const port of destination.ports)
        if (isPortProtocol(port.protocol) && portsContain(answer.ports, port.protocol, port.port))
          summary.allowedDeclaredPorts += count;
    }
  return summary;
}
