import type { OperatingSystem } from '../../../core/index.js';
import { decodeText, FileNotes, forEachLine, looksBinary } from './notes.js';
import type { ParsedPackageFile } from './types.js';

const assignment = /^(?<key>[A-Z][A-Z0-9_]*)=(?<value>.*)$/;

/** Shell-style value: double quotes allow `\"`, `\\`, `\$` and `` \` `` escapes; single quotes are literal. */
function unquote(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if (quote === "'") return value.slice(1, value.endsWith("'") && value.length > 1 ? -1 : undefined);
  const body =
    quote === '"' ? value.slice(1, value.endsWith('"') && value.length > 1 ? -1 : undefined) : value;
  return body.replace(/\\(?<escaped>["\\$`])/g, '$<escaped>');
}

/** Parses `/etc/os-release` or `/usr/lib/os-release` (freedesktop.org os-release format). */
export function parseOsRelease(path: string, content: Buffer): ParsedPackageFile {
  const notes = new FileNotes(path);
  if (looksBinary(content)) {
    notes.add('not an os-release file (binary content)');
    return { packages: [], notes: notes.list() };
  }
  const values = new Map<string, string>();
  forEachLine(decodeText(content), (line) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = assignment.exec(trimmed);
    if (match?.groups?.key !== undefined) values.set(match.groups.key, unquote(match.groups.value ?? ''));
  });
  const id = values.get('ID');
  if (id === undefined || id === '') {
    notes.add('has no ID; the operating system is unknown');
    return { packages: [], notes: notes.list() };
  }
  const os: OperatingSystem = { id: id.toLowerCase() };
  const versionId = values.get('VERSION_ID');
  if (versionId !== undefined && versionId !== '') os.versionId = versionId;
  const codename = values.get('VERSION_CODENAME');
  if (codename !== undefined && codename !== '') os.versionCodename = codename;
  const prettyName = values.get('PRETTY_NAME');
  if (prettyName !== undefined && prettyName !== '') os.prettyName = prettyName;
  return { packages: [], os, notes: notes.list() };
}
