import type { OsvRecord } from '../osv/index.js';
import type { StoredEntry, StoredRecord } from './stored.js';
import { storedRecordOf, storedRowsOf } from './stored.js';

/** One `affected[]` entry of a live (not withdrawn) record that names the package looked up. */
export interface AffectedCandidate {
  record: StoredRecord;
  /** The entry's own ecosystem (`Debian:12`, `Red Hat:enterprise_linux:9::appstream`). */
  ecosystem: string;
  entry: StoredEntry;
}

/** What matching needs from a vulnerability database: every candidate entry for one (scope, name). */
export interface VulnerabilityDatabase {
  /** Candidates for a package name (already normalised) in a match scope; see `matchScope`. */
  candidates(scope: string, name: string): readonly AffectedCandidate[];
  /** Stored rows that could not be read back; matching reports them as notes. */
  readonly problems: readonly string[];
  close(): void;
}

/**
 * A database held in memory, built from parsed records: for engines that bring their own records and for tests.
 * It follows the file database exactly (withdrawn records skipped, the same stored shapes).
 */
export function memoryDatabase(records: readonly OsvRecord[]): VulnerabilityDatabase {
  const byKey = new Map<string, AffectedCandidate[]>();
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const record of sorted) {
    if (record.withdrawn !== undefined) continue;
    const stored = storedRecordOf(record);
    for (const row of storedRowsOf(record)) {
      const key = `${row.scope}\u0000${row.name}`;
      const list = byKey.get(key) ?? [];
      list.push({ record: stored, ecosystem: row.ecosystem, entry: row.data });
      byKey.set(key, list);
    }
  }
  return {
    candidates: (scope, name) => byKey.get(`${scope}\u0000${name}`) ?? [],
    problems: [],
    close: () => undefined,
  };
}
