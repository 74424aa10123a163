import type { ClusterIndex, ServiceAccountFacts } from '../../core/index.js';
import { earlyIndexParts } from '../../core/index.js';
import { createClusterIndexCollector } from '../../rules/kubernetes/cluster-utils/collect.js';
import { splitDocuments } from './document-pieces.js';
import type { FileJob } from './evaluate-files.js';
import { indexSourceOf } from './index-source.js';
import type { NamespacePolicy } from './pss-context.js';
import { namespacePolicies } from './pss-context.js';
import { serviceAccountFacts } from './service-accounts.js';
import { shiftUnit } from './shift-unit.js';
import { buildUnits } from './units.js';

/** The kinds that fill the `earlyIndexParts`: keep in step with core/cluster.ts (a test checks). */
export const earlyIndexedKinds = ['ServiceAccount'] as const;

// Namespace labels and the early kinds decide how objects elsewhere are judged. The text test is a cheap filter that
// must not match `automountServiceAccountToken` in every pod spec.
const factMarker = new RegExp(
  `pod-security\\.kubernetes\\.io/enforce|kind["']?\\s*:\\s*["']?(?:${earlyIndexedKinds.join('|')})\\b`,
);

export interface CrossFileFacts {
  namespaces: Map<string, NamespacePolicy>;
  serviceAccounts: Map<string, ServiceAccountFacts>;
  /** The early parts of the cluster index, at their lines in their files. */
  cluster: ClusterIndex;
}

/**
 * Reads the facts before the main pass. Only the documents that carry a marker are parsed, one at a time, so a
 * repository whose every file also holds a ServiceAccount is not parsed twice nor held in memory.
 */
export function gatherCrossFileFacts(jobs: readonly FileJob[]): CrossFileFacts {
  const namespaces = new Map<string, NamespacePolicy>();
  const serviceAccounts = new Map<string, ServiceAccountFacts>();
  const collector = createClusterIndexCollector(earlyIndexParts);
  for (const job of jobs) {
    if (job.kind !== 'yaml' || !factMarker.test(job.text)) continue;
    for (const piece of splitDocuments(job.text)) {
      if (!factMarker.test(piece.text)) continue;
      const units = buildUnits(piece.text, job.display, job.kind, job.identityPath).units.map((unit) =>
        shiftUnit(unit, piece.lineOffset),
      );
      for (const [name, policy] of namespacePolicies(units)) namespaces.set(name, policy);
      for (const [key, account] of serviceAccountFacts(units)) serviceAccounts.set(key, account);
      // Malformed objects are reported by the main pass, which parses every file whole.
      for (const unit of units) {
        const source = indexSourceOf(unit);
        if (source !== undefined) collector.add(source);
      }
    }
  }
  return { namespaces, serviceAccounts, cluster: collector.build() };
}
