import Database from 'better-sqlite3';
import { errorMessage, FileNotes } from './notes.js';
import { parseRpmHeader, rpmTags } from './rpm-header.js';
import type { RpmHeader } from './rpm-header.js';
import type { FoundPackage, ParsedPackageFile } from './types.js';

const wantedTags = new Set<number>(Object.values(rpmTags));
const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');
/** `name-version-release.src.rpm`: the name is everything before the last two dashes. */
const sourceRpmPattern = /^(?<name>.+)-(?<version>[^-]+)-(?<release>[^-]+)\.(?:no)?src\.rpm$/;

/**
 * rpm keeps its SQLite database in WAL mode. An in-memory copy cannot use a WAL, so the header's read and write
 * format bytes are set back to the rollback journal; the content is unchanged.
 */
function withoutWal(content: Buffer): Buffer {
  if (content[18] !== 2 && content[19] !== 2) return content;
  const copy = Buffer.from(content);
  copy[18] = 1;
  copy[19] = 1;
  return copy;
}

function toPackage(header: RpmHeader): FoundPackage | undefined {
  const name = header.strings.get(rpmTags.name);
  const version = header.strings.get(rpmTags.version);
  const release = header.strings.get(rpmTags.release);
  // Imported signing keys are stored as `gpg-pubkey` pseudo packages: they are not software.
  if (name === undefined || version === undefined || name === 'gpg-pubkey') return undefined;
  const epoch = header.numbers.get(rpmTags.epoch);
  const versionRelease = release === undefined ? version : `${version}-${release}`;
  const found: FoundPackage = {
    type: 'rpm',
    name,
    version: epoch === undefined || epoch === 0 ? versionRelease : `${epoch}:${versionRelease}`,
  };
  const arch = header.strings.get(rpmTags.arch);
  if (arch !== undefined && arch !== '') found.arch = arch;
  const license = header.strings.get(rpmTags.license);
  if (license !== undefined && license !== '') found.licenses = [license];
  const sourceRpm = header.strings.get(rpmTags.sourceRpm);
  const source = sourceRpm === undefined ? undefined : sourceRpmPattern.exec(sourceRpm)?.groups;
  if (source?.name !== undefined)
    found.source = { name: source.name, version: `${source.version}-${source.release}` };
  return found;
}

interface PackageRow {
  hnum: number;
  blob: Buffer;
}

function isPackageRow(row: unknown): row is PackageRow {
  if (typeof row !== 'object' || row === null) return false;
  return 'hnum' in row && 'blob' in row && Buffer.isBuffer(row.blob);
}

/** Reads the `Packages` table of an rpm SQLite database (`rpmdb.sqlite`, rpm 4.16 and later). */
export function parseRpmSqlite(path: string, content: Buffer): ParsedPackageFile {
  const notes = new FileNotes(path);
  if (!content.subarray(0, sqliteMagic.length).equals(sqliteMagic)) {
    notes.add('not an SQLite database; no rpm packages read');
    return { packages: [], notes: notes.list() };
  }
  const packages: FoundPackage[] = [];
  let database: Database.Database | undefined;
  try {
    database = new Database(withoutWal(content), { readonly: true });
    for (const row of database.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').iterate()) {
      if (!isPackageRow(row)) continue;
      try {
        const found = toPackage(parseRpmHeader(row.blob, wantedTags));
        if (found !== undefined) packages.push(found);
      } catch (error) {
        notes.add(`package header ${row.hnum} is unreadable: ${errorMessage(error)}`);
      }
    }
  } catch (error) {
    notes.add(`rpm database is unreadable: ${errorMessage(error)}`);
  } finally {
    database?.close();
  }
  return { packages, notes: notes.list() };
}

/** Berkeley DB (`Packages`, rpm before 4.16) and NDB (`Packages.db`, SUSE) databases are recognised, not read. */
export function unsupportedRpmDatabase(path: string, format: 'Berkeley DB' | 'NDB'): ParsedPackageFile {
  return {
    packages: [],
    notes: [`${path}: rpm database format ${format} is not supported; its packages are not in the inventory`],
  };
}
