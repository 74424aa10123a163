import type { z } from 'zod';
import { OsvRecord } from './schema.js';

/** A record that could not be used: where it came from, its id when that much was readable, and why. */
export interface OsvRecordError {
  /** `file (id)` or just `file`: what a user needs to find the record. */
  record: string;
  file: string;
  id?: string;
  message: string;
}

export type OsvParseResult = { ok: true; record: OsvRecord } | { ok: false; error: OsvRecordError };

function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : `${out === '' ? '' : '.'}${String(part)}`;
  return out;
}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where = issuePath(issue.path);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  const more = error.issues.length > shown.length ? ` (and ${error.issues.length - shown.length} more)` : '';
  return `${shown.join('; ')}${more}`;
}

function readableId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  const id: unknown = value.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function failure(file: string, message: string, id?: string): OsvParseResult {
  const record = id === undefined ? file : `${file} (${id})`;
  return { ok: false, error: { record, file, ...(id === undefined ? {} : { id }), message } };
}

/** Parses one OSV JSON document. `file` names it inside its zip or folder, for error messages. */
export function parseOsvRecord(text: string, file: string): OsvParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(file, `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = OsvRecord.safeParse(json);
  if (!parsed.success)
    return failure(file, `not an OSV record: ${describeIssues(parsed.error)}`, readableId(json));
  return { ok: true, record: parsed.data };
}
