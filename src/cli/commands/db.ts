import path from 'node:path';
import type { Command } from 'commander';
import type { DatabaseStatus, EcosystemUpdate, UpdateProgress } from '../../vuln/index.js';
import {
  databaseStatus,
  defaultDatabasePath,
  defaultEcosystems,
  ImportFailure,
  importDatabase,
  staleAfterDays,
  updateDatabase,
  VulnDbError,
} from '../../vuln/index.js';
import type { OsvRecordError } from '../../vuln/index.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo, CliResult } from '../io.js';
import { UsageError } from '../io.js';

/**
 * `db update` downloads with the `fetch` of the CLI inputs when one is given (tests serve archives from memory);
 * otherwise with the global one.
 */
export type DbIo = CliIo & { fetch?: typeof fetch };

interface DbFlags {
  db?: string;
}

/** How many unreadable records are listed per source before the rest are counted. */
const listedErrors = 20;

function databasePathOf(flags: DbFlags, io: DbIo): string {
  if (flags.db !== undefined) return path.resolve(io.cwd, flags.db);
  return defaultDatabasePath(io.env, io.homedir);
}

function errorLines(label: string, errors: readonly OsvRecordError[]): string[] {
  const lines = errors.slice(0, listedErrors).map((error) => `${label}${error.record}: ${error.message}`);
  if (errors.length > listedErrors)
    lines.push(`${label}… and ${errors.length - listedErrors} more unreadable records`);
  return lines;
}

function failure(error: unknown): CliResult {
  if (!(error instanceof VulnDbError)) throw error;
  const details = error instanceof ImportFailure ? errorLines('  ', error.errors) : [];
  return {
    exitCode: exitCodes.error,
    stdout: '',
    stderr: [`bulwark: ${error.message}`, ...details, ''].join('\n'),
  };
}

export async function runDbImport(
  source: string,
  flags: DbFlags & { replace?: boolean },
  io: DbIo,
): Promise<CliResult> {
  const databasePath = databasePathOf(flags, io);
  try {
    const result = await importDatabase({
      source: path.resolve(io.cwd, source),
      databasePath,
      now: io.now(),
      mode: flags.replace === true ? 'replace' : 'merge',
    });
    const sources = result.sources.map((entry) => `${entry.ecosystem} ${entry.records}`).join(', ');
    const stdout = `imported ${result.records} records into ${databasePath} (${sources})\n`;
    if (result.errors.length === 0) return { exitCode: exitCodes.clean, stdout, stderr: '' };
    const lines = [
      `bulwark: ${result.errors.length} records could not be imported:`,
      ...errorLines('  ', result.errors),
    ];
    return { exitCode: exitCodes.error, stdout, stderr: `${lines.join('\n')}\n` };
  } catch (error) {
    return failure(error);
  }
}

function parseEcosystems(text: string | undefined): string[] {
  if (text === undefined) return [...defaultEcosystems];
  const list = [
    ...new Set(
      text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ];
  if (list.length === 0) throw new UsageError('--ecosystems: name at least one ecosystem, e.g. Debian,npm');
  return list;
}

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * On a terminal, one progress line redrawn in place; otherwise one line per ecosystem once it is fetched, so logs stay
 * readable. Either way it goes out while the update runs, not with the final result.
 */
function createProgress(io: DbIo) {
  const live = io.stderrIsTty;
  let lastDrawn = '';
  function draw(text: string): void {
    if (text === lastDrawn) return;
    lastDrawn = text;
    io.progress(`\r\u001b[2K${text}`);
  }
  function clear(): void {
    if (live && lastDrawn !== '') io.progress('\r\u001b[2K');
    lastDrawn = '';
  }
  function downloading(progress: UpdateProgress): void {
    if (!live) return;
    const total = progress.totalBytes;
    const share =
      total === undefined
        ? ''
        : ` / ${mebibytes(total)} (${Math.floor((100 * progress.receivedBytes) / total)}%)`;
    draw(`${progress.ecosystem}: downloading ${mebibytes(progress.receivedBytes)}${share}`);
  }
  return {
    report(progress: UpdateProgress): void {
      const { ecosystem } = progress;
      if (progress.phase === 'download') return downloading(progress);
      if (progress.phase === 'import') {
        if (live) draw(`${ecosystem}: importing`);
        return;
      }
      clear();
      if (progress.phase === 'downloaded')
        io.progress(`${ecosystem}: downloaded ${mebibytes(progress.receivedBytes)}\n`);
      else if (progress.phase === 'unchanged')
        io.progress(`${ecosystem}: not modified since the last update\n`);
      // The reason is listed with the other problems in the final result.
      else io.progress(`${ecosystem}: failed\n`);
    },
    clear,
  };
}

function updateTable(results: readonly EcosystemUpdate[]): string {
  const rows = [
    ['ecosystem', 'status', 'records', 'unreadable'],
    ...results.map((result) => [
      result.ecosystem,
      result.status,
      result.records === undefined ? '-' : String(result.records),
      String(result.errors.length),
    ]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return `${rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

export async function runDbUpdate(flags: DbFlags & { ecosystems?: string }, io: DbIo): Promise<CliResult> {
  const ecosystems = parseEcosystems(flags.ecosystems);
  const databasePath = databasePathOf(flags, io);
  const progress = createProgress(io);
  try {
    const result = await updateDatabase({
      ecosystems,
      databasePath,
      fetch: io.fetch ?? globalThis.fetch,
      now: io.now(),
      onProgress: (event) => progress.report(event),
    });
    progress.clear();
    const problems: string[] = [];
    for (const ecosystem of result.ecosystems) {
      if (ecosystem.status === 'failed')
        problems.push(`bulwark: ${ecosystem.ecosystem}: ${ecosystem.message ?? 'failed'}`);
      problems.push(...errorLines(`bulwark: ${ecosystem.ecosystem}: `, ecosystem.errors));
    }
    const stderr = problems.map((line) => `${line}\n`).join('');
    return {
      exitCode: problems.length === 0 ? exitCodes.clean : exitCodes.error,
      stdout: `${updateTable(result.ecosystems)}database: ${databasePath}\n`,
      stderr,
    };
  } catch (error) {
    progress.clear();
    return failure(error);
  }
}

function statusTable(status: DatabaseStatus): string {
  const lines = [
    `database  ${status.path}`,
    `built     ${status.builtAt ?? 'unknown'}${status.ageDays === undefined ? '' : ` (data ${status.ageDays} days old)`}`,
    `records   ${status.recordCount}`,
    `stale     ${status.stale ? `yes (older than ${staleAfterDays} days)` : 'no'}`,
    '',
  ];
  const sourceRows = [
    ['source', 'records', 'checked', 'age', 'from'],
    ...status.sources.map((source) => [
      source.ecosystem,
      String(source.records),
      source.checkedAt,
      `${source.ageDays}d${source.stale ? ' stale' : ''}`,
      source.file,
    ]),
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...sourceRows.map((row) => row[column]?.length ?? 0)));
  for (const row of sourceRows)
    lines.push(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  lines.push('');
  const ecosystemWidth = Math.max(9, ...Object.keys(status.perEcosystem).map((name) => name.length));
  lines.push(`${'ecosystem'.padEnd(ecosystemWidth)}  records`);
  for (const [ecosystem, count] of Object.entries(status.perEcosystem))
    lines.push(`${ecosystem.padEnd(ecosystemWidth)}  ${count}`);
  return `${lines.join('\n')}\n`;
}

export function runDbStatus(flags: DbFlags & { format?: string }, io: DbIo): CliResult {
  const format = flags.format ?? 'table';
  if (format !== 'table' && format !== 'json')
    throw new UsageError(`unknown --format ${format} for db status (table or json)`);
  const status = databaseStatus(databasePathOf(flags, io), io.now());
  const stdout =
    format === 'json'
      ? `${JSON.stringify(status, null, 2)}\n`
      : status.exists && status.problem === undefined
        ? statusTable(status)
        : '';
  if (!status.exists)
    return {
      exitCode: exitCodes.error,
      stdout,
      stderr: `bulwark: no vulnerability database at ${status.path}: run 'bulwark db update' or 'bulwark db import'\n`,
    };
  if (status.problem !== undefined)
    return { exitCode: exitCodes.error, stdout, stderr: `bulwark: ${status.path}: ${status.problem}\n` };
  const stderr = status.stale
    ? `bulwark: the vulnerability data is older than ${staleAfterDays} days: run 'bulwark db update'\n`
    : '';
  return { exitCode: exitCodes.clean, stdout, stderr };
}

type Settle = (run: () => Promise<CliResult> | CliResult) => void;

/** Adds `bulwark db update|import|status` to the program. */
export function registerDbCommand(program: Command, io: DbIo, settle: Settle): void {
  const db = program.command('db').description('the local vulnerability database (OSV data)');
  db.command('update')
    .description('download the OSV archives of each ecosystem and import what changed')
    .option('--ecosystems <list>', `comma-separated OSV ecosystems (default: ${defaultEcosystems.join(',')})`)
    .option(
      '--db <file>',
      'database file (default: $BULWARK_CACHE_DIR, $XDG_CACHE_HOME/bulwark or ~/.cache/bulwark)',
    )
    .action((flags: DbFlags & { ecosystems?: string }) => settle(() => runDbUpdate(flags, io)));
  db.command('import')
    .description('import an OSV all.zip, a folder of OSV .json files, or one .json file')
    .argument('<path>', 'zip archive, folder or file')
    .option('--db <file>', 'database file (default: as for db update)')
    .option('--replace', 'build the database from this source alone instead of merging it in')
    .action((source: string, flags: DbFlags & { replace?: boolean }) =>
      settle(() => runDbImport(source, flags, io)),
    );
  db.command('status')
    .description('what the database holds and how old it is')
    .option('--db <file>', 'database file (default: as for db update)')
    .option('--format <format>', 'table | json', 'table')
    .action((flags: DbFlags & { format?: string }) => settle(() => runDbStatus(flags, io)));
}
