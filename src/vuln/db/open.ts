import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { AffectedCandidate, VulnerabilityDatabase } from './query.js';
import { VulnDbError } from './errors.js';
import { schemaVersion } from './sql.js';
import { StoredEntry, StoredRecord } from './stored.js';

/** A database file opened for matching. */
export interface OpenedDatabase extends VulnerabilityDatabase {
  readonly path: string;
  /** When the file was last written (ISO 8601). */
  readonly builtAt?: string;
}

/** rid, entry, ecosystem, info, data: read as arrays, which costs less than an object per row. */
const CandidateRow = z.tuple([z.number(), z.number(), z.string(), z.string(), z.string()]);

const MetaRow = z.object({ key: z.string(), value: z.string() });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function readMeta(database: Database.Database): Map<string, string> {
  const rows = z.array(MetaRow).parse(database.prepare('SELECT key, value FROM meta').all());
  return new Map(rows.map((row) => [row.key, row.value]));
}

/**
 * Opens a database read-only. Throws a `VulnDbError` that says what to run when the file is missing, unreadable or
 * was written by a Bulwark with another database layout.
 */
export function openDatabase(databasePath: string): OpenedDatabase {
  if (!existsSync(databasePath))
    throw new VulnDbError(
      `no vulnerability database at ${databasePath}: run 'bulwark db update' or 'bulwark db import'`,
    );
  let database: Database.Database;
  let meta: Map<string, string>;
  try {
    database = new Database(databasePath, { readonly: true, fileMustExist: true });
    // Lookups jump around the file; mapping it and a larger page cache spare a system call per page.
    database.pragma('mmap_size = 1073741824');
    database.pragma('cache_size = -65536');
    meta = readMeta(database);
  } catch (error) {
    throw new VulnDbError(
      `${databasePath}: not a readable vulnerability database (${error instanceof Error ? error.message : error}); run 'bulwark db update'`,
    );
  }
  if (meta.get('schema_version') !== schemaVersion) {
    database.close();
    throw new VulnDbError(
      `${databasePath}: written by another version of Bulwark; run 'bulwark db update' to rebuild it`,
    );
  }
  // Withdrawn records have no `affected` rows (see the writer), and each row carries its record's info: a lookup
  // reads one run of neighbouring rows and nothing else.
  const select = database
    .prepare('SELECT rid, entry, ecosystem, info, data FROM affected WHERE scope = ? AND name = ?')
    .raw(true);
  const records = new Map<number, StoredRecord | undefined>();
  const problems: string[] = [];

  function recordOf(rid: number, info: string): StoredRecord | undefined {
    if (records.has(rid)) return records.get(rid);
    const parsed = StoredRecord.safeParse(parseJson(info));
    const record = parsed.success ? parsed.data : undefined;
    if (!parsed.success)
      problems.push(`${databasePath}: stored record ${rid} is damaged; run 'bulwark db update'`);
    records.set(rid, record);
    return record;
  }

  function candidates(scope: string, name: string): AffectedCandidate[] {
    const out: AffectedCandidate[] = [];
    const seen = new Set<string>();
    for (const raw of select.all(scope, name)) {
      const row = CandidateRow.safeParse(raw);
      if (!row.success) continue;
      const [rid, entryIndex, ecosystem, info, data] = row.data;
      const record = recordOf(rid, info);
      if (record === undefined) continue;
      // The same record can arrive from two sources (a GHSA in both the npm and the PyPI archive): keep it once.
      const key = `${record.id}\u0000${entryIndex}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = StoredEntry.safeParse(parseJson(data));
      if (!entry.success) {
        problems.push(`${databasePath}: stored entry of ${record.id} is damaged; run 'bulwark db update'`);
        continue;
      }
      out.push({ record, ecosystem, entry: entry.data });
    }
    return out.sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  }

  const builtAt = meta.get('built_at');
  return {
    path: databasePath,
    ...(builtAt === undefined ? {} : { builtAt }),
    candidates,
    problems,
    close: () => {
      if (database.open) database.close();
    },
  };
}
