import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { OsvRecord } from '../osv/index.js';
import { VulnDbError } from './errors.js';
import { countPerEcosystem, countRecords, createIndexes, createTables, schemaVersion } from './sql.js';
import { storedRecordOf, storedRowsOf } from './stored.js';

/** What one imported source leaves in the `sources` table. */
export interface SourceMetadata {
  file: string;
  etag?: string;
}

/**
 * Builds a database in a temporary file next to the target and renames it over the target only when everything
 * went in, so a reader (or a failed import) never sees a half-written file.
 */
export interface DatabaseBuild {
  /** Start of one input: a savepoint, so a failing input can be rolled back while the others stay. */
  beginInput(): void;
  /** Writes one record under a source ecosystem; the first record of an ecosystem in this build clears its old rows. */
  insert(record: OsvRecord, source: string): void;
  /** Ecosystems written by the current input, with their record counts in this build. */
  inputCounts(): ReadonlyMap<string, number>;
  commitInput(metadata: SourceMetadata, now: Date): void;
  rollbackInput(): void;
  /** Commits, indexes and atomically replaces the target. */
  finish(now: Date): Promise<void>;
  /** Throws the temporary file away; the target is untouched. */
  abort(): Promise<void>;
}

let buildCounter = 0;

function temporaryPathFor(target: string): string {
  buildCounter += 1;
  return `${target}.${process.pid}.${buildCounter}.building`;
}

function hasCurrentSchema(database: Database.Database): boolean {
  try {
    const row = database.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as
      { value: unknown } | undefined;
    return row?.value === schemaVersion;
  } catch {
    return false;
  }
}

async function openBuildFile(target: string, temporary: string, merge: boolean): Promise<Database.Database> {
  await mkdir(path.dirname(target), { recursive: true });
  if (merge) {
    try {
      await copyFile(target, temporary);
      const copied = new Database(temporary);
      if (hasCurrentSchema(copied)) return copied;
      // An older or foreign file cannot be merged into; its data is rebuilt from the sources instead.
      copied.close();
    } catch {
      // No previous database (or an unreadable one): start empty.
    }
    await rm(temporary, { force: true });
  }
  return new Database(temporary);
}

export async function startBuild(target: string, mode: 'replace' | 'merge'): Promise<DatabaseBuild> {
  const temporary = temporaryPathFor(target);
  let database: Database.Database;
  try {
    database = await openBuildFile(target, temporary, mode === 'merge');
  } catch (error) {
    await rm(temporary, { force: true });
    throw new VulnDbError(
      `${target}: cannot create the database (${error instanceof Error ? error.message : error})`,
    );
  }
  // A crash leaves only the temporary file, which is thrown away, so durability during the build buys nothing.
  database.pragma('journal_mode = OFF');
  database.pragma('synchronous = OFF');
  database.exec(createTables);
  database.exec('BEGIN');

  const clearSourceRows = database.prepare(
    'DELETE FROM affected WHERE rid IN (SELECT rid FROM records WHERE source = ?)',
  );
  const clearSourceRecords = database.prepare('DELETE FROM records WHERE source = ?');
  const findRecord = database.prepare('SELECT rid FROM records WHERE source = ? AND id = ?').pluck();
  const deleteRows = database.prepare('DELETE FROM affected WHERE rid = ?');
  const deleteRecord = database.prepare('DELETE FROM records WHERE rid = ?');
  const insertRecord = database.prepare(
    'INSERT INTO records (source, id, modified, withdrawn) VALUES (?, ?, ?, ?)',
  );
  const insertRow = database.prepare(
    'INSERT INTO affected (rid, entry, ecosystem, scope, name, info, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const upsertSource = database.prepare(
    `INSERT INTO sources (ecosystem, file, etag, records, imported_at, checked_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (ecosystem) DO UPDATE SET file = excluded.file, etag = excluded.etag, records = excluded.records,
       imported_at = excluded.imported_at, checked_at = excluded.checked_at`,
  );
  const setMeta = database.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');

  /** Ecosystems cleared in this build, and the record ids each has received (duplicates replace). */
  const written = new Map<string, Set<string>>();
  let touched = new Set<string>();

  function insert(record: OsvRecord, source: string): void {
    let ids = written.get(source);
    if (ids === undefined) {
      clearSourceRows.run(source);
      clearSourceRecords.run(source);
      ids = new Set();
      written.set(source, ids);
    }
    touched.add(source);
    if (ids.has(record.id)) {
      const previous = findRecord.get(source, record.id);
      if (typeof previous === 'number' || typeof previous === 'bigint') {
        deleteRows.run(previous);
        deleteRecord.run(previous);
      }
    } else ids.add(record.id);
    const { lastInsertRowid } = insertRecord.run(
      source,
      record.id,
      record.modified,
      record.withdrawn ?? null,
    );
    // A withdrawn record is kept (a status counts it) but gets no rows, so no lookup can ever return it.
    if (record.withdrawn !== undefined) return;
    const info = JSON.stringify(storedRecordOf(record));
    for (const row of storedRowsOf(record))
      insertRow.run(
        lastInsertRowid,
        row.entry,
        row.ecosystem,
        row.scope,
        row.name,
        info,
        JSON.stringify(row.data),
      );
  }

  let writtenBeforeInput = new Map<string, Set<string>>();

  function beginInput(): void {
    database.exec('SAVEPOINT input');
    touched = new Set();
    writtenBeforeInput = new Map([...written].map(([source, ids]) => [source, new Set(ids)]));
  }

  function inputCounts(): Map<string, number> {
    return new Map([...touched].sort().map((source) => [source, written.get(source)?.size ?? 0]));
  }

  function commitInput(metadata: SourceMetadata, now: Date): void {
    const at = now.toISOString();
    for (const [source, count] of inputCounts())
      upsertSource.run(source, metadata.file, metadata.etag ?? null, count, at, at);
    database.exec('RELEASE input');
  }

  function rollbackInput(): void {
    database.exec('ROLLBACK TO input');
    database.exec('RELEASE input');
    written.clear();
    for (const [source, ids] of writtenBeforeInput) written.set(source, ids);
    touched = new Set();
  }

  async function abort(): Promise<void> {
    if (database.open) {
      if (database.inTransaction) database.exec('ROLLBACK');
      database.close();
    }
    await rm(temporary, { force: true });
  }

  async function finish(now: Date): Promise<void> {
    try {
      setMeta.run('schema_version', schemaVersion);
      setMeta.run('built_at', now.toISOString());
      database.exec(createIndexes);
      setMeta.run('record_count', String(database.prepare(countRecords).pluck().get()));
      const perEcosystem: Record<string, unknown> = {};
      for (const row of database.prepare(countPerEcosystem).raw(true).all())
        if (Array.isArray(row)) perEcosystem[String(row[0])] = row[1];
      setMeta.run('per_ecosystem', JSON.stringify(perEcosystem));
      database.exec('COMMIT');
      database.exec('ANALYZE');
      database.close();
      await rename(temporary, target);
    } catch (error) {
      await abort();
      throw new VulnDbError(
        `${target}: cannot write the database (${error instanceof Error ? error.message : error})`,
      );
    }
  }

  return {
    beginInput,
    insert,
    inputCounts,
    commitInput,
    rollbackInput,
    finish,
    abort,
  };
}
