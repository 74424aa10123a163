import { describeMalformedLines, parseControlParagraphs } from './control-paragraphs.js';
import { decodeText, FileNotes, looksBinary } from './notes.js';
import type { FoundPackage, ParsedPackageFile } from './types.js';

const apkFields = new Set(['P', 'V', 'A', 'o', 'L']);

/** Parses `/lib/apk/db/installed`: one stanza per package, one-letter keys (`P:` name, `V:` version, `o:` origin). */
export function parseApkInstalled(path: string, content: Buffer): ParsedPackageFile {
  const notes = new FileNotes(path);
  if (looksBinary(content)) {
    notes.add('not an apk database (binary content); no packages read');
    return { packages: [], notes: notes.list() };
  }
  const { paragraphs, malformedLines } = parseControlParagraphs(decodeText(content), apkFields);
  const packages: FoundPackage[] = [];
  for (const { line, fields } of paragraphs) {
    const name = fields.get('P');
    const version = fields.get('V');
    if (name === undefined || name === '') {
      notes.add('entry has no P: (name) line; skipped', line);
      continue;
    }
    if (version === undefined || version === '') {
      notes.add(`entry "${name}" has no V: (version) line; skipped`, line);
      continue;
    }
    const found: FoundPackage = { type: 'apk', name, version };
    const arch = fields.get('A');
    if (arch !== undefined && arch !== '') found.arch = arch;
    const origin = fields.get('o');
    if (origin !== undefined && origin !== '') found.source = { name: origin, version };
    const license = fields.get('L');
    if (license !== undefined && license !== '') found.licenses = [license];
    packages.push(found);
  }
  const malformed = describeMalformedLines(malformedLines);
  if (malformed !== undefined) notes.add(malformed);
  return { packages, notes: notes.list() };
}
