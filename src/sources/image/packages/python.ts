import { decodeText, FileNotes, looksBinary } from './notes.js';
import type { FoundPackage, ParsedPackageFile } from './types.js';

/** PEP 503 normal form, used for purls: runs of `-`, `_` and `.` become one `-`, lower case. */
export function normalizePythonName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The header block of core metadata (RFC 822 style) up to the first blank line; repeated fields keep every value. */
function readHeaders(text: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  let last: { values: string[]; index: number } | undefined;
  for (const rawLine of text.split('\n', 4096)) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line === '') break;
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      last.values[last.index] = `${last.values[last.index] ?? ''}\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const values = headers.get(key) ?? [];
    values.push(line.slice(colon + 1).trim());
    headers.set(key, values);
    last = { values, index: values.length - 1 };
  }
  return headers;
}

const licenseClassifier = /^License :: (?:OSI Approved :: )?(?<name>.+)$/;

/**
 * Newer metadata has an SPDX `License-Expression`; older metadata a free-text `License` (sometimes a whole licence
 * text, which is not a licence name) or Trove classifiers.
 */
function licensesOf(headers: Map<string, string[]>): string[] | undefined {
  const expression = headers.get('license-expression')?.[0];
  if (expression !== undefined && expression !== '') return [expression];
  const license = headers.get('license')?.[0];
  if (
    license !== undefined &&
    license !== '' &&
    license !== 'UNKNOWN' &&
    !license.includes('\n') &&
    license.length <= 100
  ) {
    return [license];
  }
  const fromClassifiers: string[] = [];
  for (const classifier of headers.get('classifier') ?? []) {
    const name = licenseClassifier.exec(classifier)?.groups?.name;
    if (name !== undefined && name !== 'OSI Approved') fromClassifiers.push(name);
  }
  return fromClassifiers.length > 0 ? fromClassifiers : undefined;
}

/** Parses a `*.dist-info/METADATA`, `*.egg-info/PKG-INFO` or single-file `*.egg-info` of an installed distribution. */
export function parsePythonMetadata(path: string, content: Buffer): ParsedPackageFile {
  const notes = new FileNotes(path);
  if (looksBinary(content)) {
    notes.add('not a Python metadata file (binary content)');
    return { packages: [], notes: notes.list() };
  }
  const headers = readHeaders(decodeText(content));
  const name = headers.get('name')?.[0];
  const version = headers.get('version')?.[0];
  if (name === undefined || name === '' || version === undefined || version === '') {
    notes.add('has no Name or no Version header; skipped');
    return { packages: [], notes: notes.list() };
  }
  const found: FoundPackage = { type: 'pypi', name, version };
  const licenses = licensesOf(headers);
  if (licenses !== undefined) found.licenses = licenses;
  return { packages: [found], notes: notes.list() };
}
