import { describeMalformedLines, parseControlParagraphs } from './control-paragraphs.js';
import { decodeText, FileNotes, looksBinary } from './notes.js';
import type { FoundPackage, ParsedPackageFile } from './types.js';

const dpkgFields = new Set(['Package', 'Status', 'Version', 'Architecture', 'Source']);
const sourcePattern = /^(?<name>[^\s(]+)(?:\s*\((?<version>[^)\s]+)\))?$/;

/**
 * Installed means dpkg's current state is `installed`: `install ok installed`, and `hold ok installed` for a held
 * package. Removed packages whose configuration stays (`deinstall ok config-files`) and half-installed ones are not.
 */
function isInstalled(status: string): boolean {
  const words = status.split(/\s+/);
  return words.length === 3 && words[1] === 'ok' && words[2] === 'installed';
}

/**
 * Parses `/var/lib/dpkg/status` (`requireStatus`) or one distroless `/var/lib/dpkg/status.d/<name>` file, whose
 * entries carry no Status line because everything listed there is installed.
 */
export function parseDpkgDatabase(path: string, content: Buffer, requireStatus: boolean): ParsedPackageFile {
  const notes = new FileNotes(path);
  if (looksBinary(content)) {
    notes.add('not a dpkg status file (binary content); no packages read');
    return { packages: [], notes: notes.list() };
  }
  const { paragraphs, malformedLines } = parseControlParagraphs(decodeText(content), dpkgFields);
  const packages: FoundPackage[] = [];
  for (const { line, fields } of paragraphs) {
    const name = fields.get('Package');
    const status = fields.get('Status');
    if (name === undefined) {
      notes.add('entry has no Package field; skipped', line);
      continue;
    }
    if (status === undefined && requireStatus) {
      notes.add(`entry "${name}" has no Status field; skipped`, line);
      continue;
    }
    if (status !== undefined && !isInstalled(status)) continue;
    const version = fields.get('Version');
    if (version === undefined || version === '') {
      notes.add(`entry "${name}" has no Version field; skipped`, line);
      continue;
    }
    const found: FoundPackage = { type: 'deb', name, version };
    const arch = fields.get('Architecture');
    if (arch !== undefined && arch !== '') found.arch = arch;
    const source = fields.get('Source');
    if (source !== undefined && source !== '') {
      const match = sourcePattern.exec(source);
      if (match?.groups?.name === undefined)
        notes.add(`entry "${name}" has an unreadable Source "${source}"`, line);
      // Without a version in parentheses the source version is the binary version (Debian policy 5.6.1).
      else found.source = { name: match.groups.name, version: match.groups.version ?? version };
    }
    packages.push(found);
  }
  const malformed = describeMalformedLines(malformedLines);
  if (malformed !== undefined) notes.add(malformed);
  if (paragraphs.length === 0 && content.length > 0 && malformedLines.length > 0) {
    notes.add('no dpkg entries found');
  }
  return { packages, notes: notes.list() };
}
