import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ReportError } from '../../core/index.js';
import { parseYamlDocuments } from '../../sources/index.js';
import { describeFsError } from '../scan/read-input.js';
import type { RawObject } from './objects.js';
import { SnapshotList, SnapshotObject } from './schema.js';

export interface SnapshotRead {
  objects: RawObject[];
  errors: ReportError[];
  /** The files read, as shown in the report. */
  files: string[];
}

const snapshotExtensions = new Set(['.json', '.yaml', '.yml']);

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(full)));
    else if (entry.isFile() && snapshotExtensions.has(path.extname(entry.name).toLowerCase()))
      files.push(full);
  }
  return files;
}

/**
 * `kubectl get -o json` output parses with JSON.parse (fast). YAML (`-o yaml`), and JSON that JSON.parse refuses,
 * go through the YAML reader, which says on which line a document breaks.
 */
function parseDocuments(text: string): { values: unknown[]; error?: { line: number; message: string } } {
  const first = text.trimStart().charAt(0);
  let jsonError: string | undefined;
  if (first === '{' || first === '[') {
    try {
      const value: unknown = JSON.parse(text);
      return { values: Array.isArray(value) ? value : [value] };
    } catch (error) {
      jsonError = error instanceof Error ? error.message : String(error);
    }
  }
  const parsed = parseYamlDocuments(text);
  const failure = parsed.errors[0];
  if (failure !== undefined) return { values: [], error: { line: failure.line, message: failure.message } };
  // JSON that only the YAML reader accepts (`{"kind": }`) is still broken: kubectl never writes it.
  if (jsonError !== undefined)
    return { values: [], error: { line: 1, message: `invalid JSON: ${jsonError}` } };
  return { values: parsed.documents.map((document) => document.value) };
}

/** `PodList` holds Pods; kubectl's own `List` names each item's kind. */
function itemKind(listKind: string): string {
  return listKind === 'List' ? '' : listKind.replace(/List$/, '');
}

function readValue(value: unknown, file: string, objects: RawObject[], errors: ReportError[]): void {
  const list = SnapshotList.safeParse(value);
  if (list.success) {
    const kind = itemKind(list.data.kind);
    const apiVersion = list.data.apiVersion ?? '';
    for (const [index, item] of list.data.items.entries()) {
      if (kind === '' && typeof item['kind'] !== 'string')
        errors.push({ file, line: 1, message: `items[${index}] names no kind` });
      else objects.push({ kind, apiVersion, object: item });
    }
    return;
  }
  const single = SnapshotObject.safeParse(value);
  if (single.success) {
    objects.push({ kind: single.data.kind, apiVersion: single.data.apiVersion, object: single.data });
    return;
  }
  errors.push({ file, line: 1, message: 'not a Kubernetes object or List (expected kind and apiVersion)' });
}

/**
 * Reads `kubectl get … -o json` (or `-o yaml`) output: Lists or single objects, one file or every such file under
 * a folder. A file that cannot be read is an error with its line; the other files are still read.
 */
export async function readSnapshots(inputs: readonly string[], cwd: string): Promise<SnapshotRead> {
  const result: SnapshotRead = { objects: [], errors: [], files: [] };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let files: string[];
    try {
      files = (await stat(absolute)).isDirectory() ? await filesUnder(absolute) : [absolute];
    } catch (error) {
      result.errors.push({ file: input, line: 1, message: describeFsError(error) });
      continue;
    }
    for (const file of files) {
      const shown = path.relative(cwd, file).split(path.sep).join('/') || file;
      result.files.push(shown);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        result.errors.push({ file: shown, line: 1, message: describeFsError(error) });
        continue;
      }
      const parsed = parseDocuments(text);
      if (parsed.error !== undefined) result.errors.push({ file: shown, ...parsed.error });
      for (const value of parsed.values) readValue(value, shown, result.objects, result.errors);
    }
  }
  return result;
}
