import path from 'node:path';
import type { OsvRecordError } from '../osv/index.js';
import { baseEcosystem, parseOsvRecord } from '../osv/index.js';
import { VulnDbError } from './errors.js';
import { readOsvDocuments } from './read-source.js';
import type { DatabaseBuild } from './writer.js';
import { startBuild } from './writer.js';

export type ImportMode = 'replace' | 'merge';

export interface ImportOptions {
  /** An OSV `all.zip`, a folder of `*.json` (searched recursively) or one `.json` file. */
  source: string;
  databasePath: string;
  now: Date;
  /**
   * `merge` (the default) keeps what the database holds for other ecosystems and replaces, ecosystem by ecosystem,
   * what this source brings; `replace` builds the database from this source alone.
   */
  mode?: ImportMode;
  /**
   * Files every record of the source under this ecosystem, as an OSV per-ecosystem `all.zip` is. Without it each
   * record is filed under the ecosystem of its first affected package (`Debian:12` → `Debian`).
   */
  ecosystem?: string;
  etag?: string;
  /** How the `sources` table names where the data came from; the source path by default. */
  label?: string;
}

export interface ImportResult {
  /** Records written (withdrawn ones included: they are kept so a status can count them, and never matched). */
  records: number;
  errors: OsvRecordError[];
  /** Every `affected[].package.ecosystem` met, sorted. */
  ecosystems: string[];
  /** The source ecosystems whose data was replaced, with their record counts. */
  sources: { ecosystem: string; records: number }[];
}

/** An import that wrote nothing: the source had no usable record. The database is left as it was. */
export class ImportFailure extends VulnDbError {
  override name = 'ImportFailure';
  constructor(
    message: string,
    readonly errors: readonly OsvRecordError[],
  ) {
    super(message);
  }
}

export interface ImportInput {
  source: string;
  ecosystem?: string;
  etag?: string;
  label?: string;
}

/** Reads one source into an open build, inside its own savepoint; throws (after rolling back) when nothing was usable. */
export async function importInput(
  build: DatabaseBuild,
  input: ImportInput,
  now: Date,
): Promise<ImportResult> {
  const errors: OsvRecordError[] = [];
  const ecosystems = new Set<string>();
  let records = 0;
  build.beginInput();
  try {
    for await (const document of readOsvDocuments(input.source)) {
      if ('error' in document) {
        errors.push({ record: document.file, file: document.file, message: document.error });
        continue;
      }
      const parsed = parseOsvRecord(document.text, document.file);
      if (!parsed.ok) {
        errors.push(parsed.error);
        continue;
      }
      const packages = (parsed.record.affected ?? []).flatMap((affected) =>
        affected.package === undefined ? [] : [affected.package.ecosystem],
      );
      for (const ecosystem of packages) ecosystems.add(ecosystem);
      const [first] = packages;
      const source = input.ecosystem ?? (first === undefined ? undefined : baseEcosystem(first));
      // A record that names no package can never match, and without a named source there is nowhere to file it.
      if (source === undefined) continue;
      build.insert(parsed.record, source);
      records += 1;
    }
  } catch (error) {
    build.rollbackInput();
    throw error;
  }
  if (records === 0) {
    build.rollbackInput();
    const unread = errors.length === 0 ? '' : ` (${errors.length} could not be read)`;
    throw new ImportFailure(`${input.source}: no usable OSV record${unread}`, errors);
  }
  const sources = [...build.inputCounts()].map(([ecosystem, count]) => ({ ecosystem, records: count }));
  build.commitInput(
    { file: input.label ?? input.source, ...(input.etag === undefined ? {} : { etag: input.etag }) },
    now,
  );
  return { records, errors, ecosystems: [...ecosystems].sort(), sources };
}

/**
 * Imports OSV records into the database at `databasePath`. The new database is written next to the old one and
 * renamed over it only on success: a source that cannot be read leaves the previous database as it was. Records that
 * do not parse are listed in `errors` and the others are imported.
 */
export async function importDatabase(options: ImportOptions): Promise<ImportResult> {
  const build = await startBuild(path.resolve(options.databasePath), options.mode ?? 'merge');
  try {
    const result = await importInput(
      build,
      {
        source: options.source,
        ...(options.ecosystem === undefined ? {} : { ecosystem: options.ecosystem }),
        ...(options.etag === undefined ? {} : { etag: options.etag }),
        label: options.label ?? path.resolve(options.source),
      },
      options.now,
    );
    await build.finish(options.now);
    return result;
  } catch (error) {
    await build.abort();
    throw error;
  }
}
