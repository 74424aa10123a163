import type { ClusterIndex } from '../../core/index.js';
import { earlyIndexParts } from '../../core/index.js';
import { createClusterIndexCollector } from '../../rules/kubernetes/cluster-utils/collect.js';
import { splitDocuments } from './document-pieces.js';
import type { FileJob } from './evaluate-files.js';
import { indexSourceOf } from './index-source.js';
import type { NamespacePolicy } from './pss-context.js';
import { namespacePolicies } from './pss-context.js';
import { shiftUnit } from './shift-unit.js';
import { buildUnits } from './units.js';

/**
 * The kinds that fill the `earlyIndexParts`: keep in step with core/cluster.ts (a test checks). Empty while no
 * part is early; a kind listed here is parsed twice wherever it appears, which costs a large scan dearly.
 */
export const earlyIndexedKinds: readonly string[] = [];

// Namespace labels and the early kinds decide how objects elsewhere are judged. The text test is a cheap filter.
const factMarker = new RegExp(
  ['pod-security\\.kubernetes\\.io/enforce']
    .concat(
      earlyIndexedKinds.length === 0 ? [] : [`kind["']?\\s*:\\s*["']?(?:${earlyIndexedKinds.join('|')})\\b`],
    )
    .join('|'),
);

export interface CrossFileFacts {
  namespaces: Map<string, NamespacePolicy>;
  /** The early parts of the cluster index, at their lines in their files. */
  cluster: ClusterIndex;
}

/**
 * Reads the facts before the main pass. Only the documents that carry a marker are parsed, one at a time, so a
 * repository whose every file also holds such a document is not parsed twice nor held in memory.
 */
export function gatherCrossFileFacts(jobs: readonly FileJob[]): CrossFileFacts {
  const namespaces = new Map<string, NamespacePolicy>();
  const collector = createClusterIndexCollector(earlyIndexParts);
  for (const job of jobs) {
    if (job.kind !== 'yaml' || !factMarker.test(job.text)) continue;
    for (const piece of splitDocuments(job.text)) {
      if (!factMarker.test(piece.text)) continue;
      const units = buildUnits(piece.text, job.display, job.kind, job.identityPath).units.map((unit) =>
        shiftUnit(unit, piece.lineOffset),
      );
      for (const [name, policy] of namespacePolicies(units)) namespaces.set(name, policy);
      // Malformed objects are reported by the main pass, which parses every file whole.
      for (const unit of units) {
        const source = indexSourceOf(unit);
        if (source !== undefined) collector.add(source);
      }
    }
  }
  return { namespaces, cluster: collector.build() };
}
