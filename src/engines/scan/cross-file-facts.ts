import type { ServiceAccountFacts } from '../../core/index.js';
import type { FileJob } from './evaluate-files.js';
import type { NamespacePolicy } from './pss-context.js';
import { namespacePolicies } from './pss-context.js';
import { serviceAccountFacts } from './service-accounts.js';
import { buildUnits } from './units.js';

// Namespace labels and ServiceAccounts decide how pods in other files are judged. The text test is a cheap filter
// that must not match `automountServiceAccountToken` in every pod spec.
const factMarker = /pod-security\.kubernetes\.io\/enforce|kind"?\s*:\s*["']?ServiceAccount\b/;
const documentSeparator = /^---[^\n]*$/m;

export interface CrossFileFacts {
  namespaces: Map<string, NamespacePolicy>;
  serviceAccounts: Map<string, ServiceAccountFacts>;
}

/**
 * Reads the facts before the main pass. Only the documents that carry a marker are parsed, one at a time, so a
 * repository whose every file also holds a ServiceAccount is not parsed twice nor held in memory.
 */
export function gatherCrossFileFacts(jobs: readonly FileJob[]): CrossFileFacts {
  const facts: CrossFileFacts = { namespaces: new Map(), serviceAccounts: new Map() };
  for (const job of jobs) {
    if (job.kind !== 'yaml' || !factMarker.test(job.text)) continue;
    const documents = job.text.trimStart().startsWith('{') ? [job.text] : job.text.split(documentSeparator);
    for (const document of documents) {
      if (!factMarker.test(document)) continue;
      const units = buildUnits(document, job.display, job.kind, job.identityPath).units;
      for (const [name, policy] of namespacePolicies(units)) facts.namespaces.set(name, policy);
      for (const [key, account] of serviceAccountFacts(units)) facts.serviceAccounts.set(key, account);
    }
  }
  return facts;
}
