import { z } from 'zod';
import type { OsvRecord } from '../osv/index.js';
import { eventKinds, matchScope, normalisePackageName } from '../osv/index.js';

/**
 * What the database keeps of a record: exactly what matching, alias merging and severity need, as compact JSON.
 * The same shapes are read back through zod, because the database file is input like any other.
 */

const StoredSeverity = z.object({ type: z.string(), score: z.string() });

export const StoredRecord = z.object({
  id: z.string(),
  /** `aliases` and `upstream` of the record together: every other id the same issue is known by. */
  aliases: z.array(z.string()),
  summary: z.string().optional(),
  severity: z.array(StoredSeverity),
  /** `database_specific.severity` (GHSA: LOW, MODERATE, HIGH, CRITICAL). */
  databaseSeverity: z.string().optional(),
});
export type StoredRecord = z.output<typeof StoredRecord>;

export const storedRangeTypes = ['SEMVER', 'ECOSYSTEM'] as const;

export const StoredRange = z.object({
  type: z.enum(storedRangeTypes),
  events: z.array(z.tuple([z.enum(eventKinds), z.string()])),
});
export type StoredRange = z.output<typeof StoredRange>;

export const StoredEntry = z.object({
  ranges: z.array(StoredRange),
  versions: z.array(z.string()),
  severity: z.array(StoredSeverity),
  /** Debian's `ecosystem_specific.urgency` (unimportant, low, medium, high, …). */
  urgency: z.string().optional(),
});
export type StoredEntry = z.output<typeof StoredEntry>;

/** One `affected[]` entry of one record, ready to be written as one row. */
export interface StoredAffectedRow {
  entry: number;
  ecosystem: string;
  scope: string;
  name: string;
  data: StoredEntry;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function severityText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('severity' in value)) return undefined;
  const severity: unknown = value.severity;
  return typeof severity === 'string' && severity !== '' ? severity : undefined;
}

function urgencyText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('urgency' in value)) return undefined;
  const urgency: unknown = value.urgency;
  return typeof urgency === 'string' && urgency !== '' ? urgency : undefined;
}

export function storedRecordOf(record: OsvRecord): StoredRecord {
  const aliases = unique(
    [...(record.aliases ?? []), ...(record.upstream ?? [])].filter((id) => id !== record.id),
  );
  const databaseSeverity = severityText(record.database_specific);
  return {
    id: record.id,
    aliases,
    ...(record.summary === undefined || record.summary === '' ? {} : { summary: record.summary }),
    severity: record.severity ?? [],
    ...(databaseSeverity === undefined ? {} : { databaseSeverity }),
  };
}

/**
 * One row per `affected[]` entry that names a package and says something matching can use. GIT ranges need the
 * repository's commit graph, which an installed package does not carry, so they are left out.
 */
export function storedRowsOf(record: OsvRecord): StoredAffectedRow[] {
  const rows: StoredAffectedRow[] = [];
  for (const [entry, affected] of (record.affected ?? []).entries()) {
    if (affected.package === undefined) continue;
    const ranges: StoredRange[] = [];
    for (const range of affected.ranges ?? []) {
      if (range.type === 'GIT') continue;
      ranges.push({ type: range.type, events: range.events.map((event) => [event.kind, event.version]) });
    }
    const versions = affected.versions ?? [];
    if (ranges.length === 0 && versions.length === 0) continue;
    const urgency = urgencyText(affected.ecosystem_specific);
    const { ecosystem, name } = affected.package;
    rows.push({
      entry,
      ecosystem,
      scope: matchScope(ecosystem),
      name: normalisePackageName(ecosystem, name),
      data: {
        ranges,
        versions,
        severity: affected.severity ?? [],
        ...(urgency === undefined ? {} : { urgency }),
      },
    });
  }
  return rows;
}
