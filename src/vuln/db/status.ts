import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { readMeta } from './open.js';
import { countPerEcosystem, countRecords, schemaVersion } from './sql.js';

/** Data older than this is reported stale: OSV sources change daily. */
export const staleAfterDays = 7;
const dayMs = 24 * 60 * 60 * 1000;

export interface SourceStatus {
  ecosystem: string;
  /** The archive URL or the imported path. */
  file: string;
  etag?: string;
  records: number;
  importedAt: string;
  /** Last time the source was confirmed current: its import, or a download answered "not modified". */
  checkedAt: string;
  ageDays: number;
  stale: boolean;
}

export interface DatabaseStatus {
  exists: boolean;
  path: string;
  builtAt?: string;
  /** Whole days since the least recently checked source (or since the build when no source is recorded). */
  ageDays?: number;
  /** True when any source is older than seven days, or the database is missing or unreadable. */
  stale: boolean;
  sources: SourceStatus[];
  /** Distinct record ids, withdrawn ones included. */
  recordCount: number;
  /** Records per affected ecosystem (`Debian:12`, `npm`), keys sorted. */
  perEcosystem: Record<string, number>;
  /** Why an existing file could not be read. */
  problem?: string;
}

const SourceRow = z.object({
  ecosystem: z.string(),
  file: z.string(),
  etag: z.string().nullable(),
  records: z.number(),
  imported_at: z.string(),
  checked_at: z.string(),
});
const CountRow = z.object({ ecosystem: z.string(), count: z.number() });

function ageInDays(since: string, now: Date): { ageDays: number; stale: boolean } {
  const elapsed = now.getTime() - Date.parse(since);
  if (Number.isNaN(elapsed)) return { ageDays: 0, stale: true };
  return { ageDays: Math.max(0, Math.floor(elapsed / dayMs)), stale: elapsed > staleAfterDays * dayMs };
}

const StoredCounts = z.record(z.string(), z.number());

/** The counts the build stored in `meta`; counted afresh only for a file that lacks them. */
function countsOf(
  database: Database.Database,
  meta: ReadonlyMap<string, string>,
): { recordCount: number; perEcosystem: Record<string, number> } {
  const storedTotal = Number(meta.get('record_count'));
  const stored = StoredCounts.safeParse(parseJson(meta.get('per_ecosystem')));
  if (Number.isInteger(storedTotal) && stored.success)
    return { recordCount: storedTotal, perEcosystem: stored.data };
  const recordCount = z.number().parse(database.prepare(countRecords).pluck().get());
  const perEcosystem: Record<string, number> = {};
  for (const row of z.array(CountRow).parse(database.prepare(countPerEcosystem).all()))
    perEcosystem[row.ecosystem] = row.count;
  return { recordCount, perEcosystem };
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readStatus(database: Database.Database, databasePath: string, now: Date): DatabaseStatus {
  const meta = readMeta(database);
  if (meta.get('schema_version') !== schemaVersion)
    throw new Error('written by another version of Bulwark; run bulwark db update to rebuild it');
  const sources = z
    .array(SourceRow)
    .parse(database.prepare('SELECT * FROM sources ORDER BY ecosystem').all())
    .map((row): SourceStatus => ({
      ecosystem: row.ecosystem,
      file: row.file,
      ...(row.etag === null ? {} : { etag: row.etag }),
      records: row.records,
      importedAt: row.imported_at,
      checkedAt: row.checked_at,
      ...ageInDays(row.checked_at, now),
    }));
  const { recordCount, perEcosystem } = countsOf(database, meta);
  const builtAt = meta.get('built_at');
  const oldest = sources.map((source) => source.checkedAt).sort()[0] ?? builtAt;
  const age = oldest === undefined ? undefined : ageInDays(oldest, now);
  return {
    exists: true,
    path: databasePath,
    ...(builtAt === undefined ? {} : { builtAt }),
    ...(age === undefined ? {} : { ageDays: age.ageDays }),
    stale: age === undefined ? true : sources.some((source) => source.stale) || age.stale,
    sources,
    recordCount,
    perEcosystem,
  };
}

/** What the database at `databasePath` holds and how old it is, judged against the injected `now`. */
export function databaseStatus(databasePath: string, now: Date): DatabaseStatus {
  const empty = { path: databasePath, stale: true, sources: [], recordCount: 0, perEcosystem: {} };
  if (!existsSync(databasePath)) return { exists: false, ...empty };
  let database: Database.Database | undefined;
  try {
    database = new Database(databasePath, { readonly: true, fileMustExist: true });
    return readStatus(database, databasePath, now);
  } catch (error) {
    return { exists: true, ...empty, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    database?.close();
  }
}

/** Stored ETags by source ecosystem, for conditional downloads; empty when there is no readable database. */
export function storedEtags(databasePath: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(databasePath)) return out;
  let database: Database.Database | undefined;
  try {
    database = new Database(databasePath, { readonly: true, fileMustExist: true });
    if (readMeta(database).get('schema_version') !== schemaVersion) return out;
    const rows = z
      .array(SourceRow.pick({ ecosystem: true, etag: true }))
      .parse(database.prepare('SELECT ecosystem, etag FROM sources').all());
    for (const row of rows) if (row.etag !== null) out.set(row.ecosystem, row.etag);
  } catch {
    // An unreadable database is rebuilt by the update; it has no usable ETags.
  } finally {
    database?.close();
  }
  return out;
}

/** Records that these sources were confirmed current at `now` (a download answered 304), in place. */
export function markSourcesChecked(databasePath: string, ecosystems: readonly string[], now: Date): void {
  if (ecosystems.length === 0 || !existsSync(databasePath)) return;
  const database = new Database(databasePath, { fileMustExist: true });
  try {
    const touch = database.prepare('UPDATE sources SET checked_at = ? WHERE ecosystem = ?');
    database.transaction(() => {
      for (const ecosystem of ecosystems) touch.run(now.toISOString(), ecosystem);
    })();
  } finally {
    database.close();
  }
}
