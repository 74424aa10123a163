import { parseApkInstalled } from './apk.js';
import { parseDpkgDatabase } from './dpkg.js';
import { parseGemspec } from './gem.js';
import { isJavaArchiveName } from './java-archive.js';
import { parseNpmPackageJson } from './npm.js';
import { parseNpmPackageLock, parsePnpmLock, parseYarnLock } from './npm-lockfiles.js';
import { parseOsRelease } from './os-release.js';
import { parsePythonMetadata } from './python.js';
import { parseRpmSqlite, unsupportedRpmDatabase } from './rpmdb.js';
import type { PackageFileKind, ParsedPackageFile } from './types.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** How a kind of file is read: the largest size read (larger files are skipped with a note) and its parser. */
export interface PackageFileReader {
  maxBytes: number;
  parse(path: string, content: Buffer): ParsedPackageFile;
}

/** Readers of the kinds parsed synchronously from buffered bytes; archives and binaries have their own sinks. */
export const packageFileReaders = {
  'apk-installed': { maxBytes: 64 * MiB, parse: parseApkInstalled },
  'dpkg-status': { maxBytes: 64 * MiB, parse: (path, content) => parseDpkgDatabase(path, content, true) },
  'dpkg-status-entry': {
    maxBytes: 1 * MiB,
    parse: (path, content) => parseDpkgDatabase(path, content, false),
  },
  gemspec: { maxBytes: 1 * MiB, parse: parseGemspec },
  'npm-package': { maxBytes: 1 * MiB, parse: parseNpmPackageJson },
  'npm-package-lock': { maxBytes: 64 * MiB, parse: parseNpmPackageLock },
  'os-release': { maxBytes: 64 * KiB, parse: parseOsRelease },
  'pnpm-lock': { maxBytes: 64 * MiB, parse: parsePnpmLock },
  'python-metadata': { maxBytes: 8 * MiB, parse: parsePythonMetadata },
  'rpm-berkeley-db': { maxBytes: 0, parse: (path) => unsupportedRpmDatabase(path, 'Berkeley DB') },
  'rpm-ndb': { maxBytes: 0, parse: (path) => unsupportedRpmDatabase(path, 'NDB') },
  'rpm-sqlite': { maxBytes: 512 * MiB, parse: parseRpmSqlite },
  'yarn-lock': { maxBytes: 64 * MiB, parse: parseYarnLock },
} satisfies Partial<Record<PackageFileKind, PackageFileReader>>;

export type BufferedKind = keyof typeof packageFileReaders;

/** Executables larger than this are searched for Go build info only this far. */
export const maxGoBinaryScanBytes = 512 * MiB;

const exactPaths: ReadonlyMap<string, PackageFileKind> = new Map<string, PackageFileKind>([
  ['/etc/os-release', 'os-release'],
  ['/usr/lib/os-release', 'os-release'],
  ['/var/lib/dpkg/status', 'dpkg-status'],
  ['/lib/apk/db/installed', 'apk-installed'],
  // apk-tools 3 with a merged /usr keeps its database here.
  ['/usr/lib/apk/db/installed', 'apk-installed'],
  ['/var/lib/rpm/rpmdb.sqlite', 'rpm-sqlite'],
  ['/usr/lib/sysimage/rpm/rpmdb.sqlite', 'rpm-sqlite'],
  ['/var/lib/rpm/Packages', 'rpm-berkeley-db'],
  ['/usr/lib/sysimage/rpm/Packages', 'rpm-berkeley-db'],
  ['/var/lib/rpm/Packages.db', 'rpm-ndb'],
  ['/usr/lib/sysimage/rpm/Packages.db', 'rpm-ndb'],
]);

const lockfileNames: ReadonlyMap<string, PackageFileKind> = new Map<string, PackageFileKind>([
  ['package-lock.json', 'npm-package-lock'],
  ['npm-shrinkwrap.json', 'npm-package-lock'],
  ['yarn.lock', 'yarn-lock'],
  ['pnpm-lock.yaml', 'pnpm-lock'],
]);

const dpkgStatusEntry = /^\/var\/lib\/dpkg\/status\.d\/[^/]+$/;
/** `node_modules/<name>/package.json` and `node_modules/@scope/<name>/package.json`, at any depth. */
const npmManifest = /\/node_modules\/(?:@[^/]+\/)?[^/@.][^/]*\/package\.json$/;
const pythonMetadata =
  /\/(?:site|dist)-packages\/(?:[^/]+\.dist-info\/METADATA|[^/]+\.egg-info\/PKG-INFO|[^/]+\.egg-info)$/;
const gemspec = /\/specifications\/(?:default\/)?[^/]+\.gemspec$/;
const binDirectory = /(?:^|\/)s?bin\/[^/]+$/;

/** Project folders give relative paths; matching is on an absolute form so both read the same. */
function absolute(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

/** The kind of package file at `path`, judged by its path alone; undefined for everything else. */
export function recognisePackagePath(path: string): PackageFileKind | undefined {
  const full = absolute(path);
  const exact = exactPaths.get(full);
  if (exact !== undefined) return exact;
  if (dpkgStatusEntry.test(full)) return full.endsWith('.md5sums') ? undefined : 'dpkg-status-entry';
  if (npmManifest.test(full)) return 'npm-package';
  const inNodeModules = full.includes('/node_modules/');
  const lockfile = lockfileNames.get(full.slice(full.lastIndexOf('/') + 1));
  if (lockfile !== undefined) return inNodeModules ? undefined : lockfile;
  if (pythonMetadata.test(full)) return 'python-metadata';
  if (gemspec.test(full)) return 'gemspec';
  if (isJavaArchiveName(full)) return 'java-archive';
  return undefined;
}

/** Files worth searching for Go build info: executable, or in a `bin`/`sbin` directory, and large enough for ELF. */
export function isExecutableCandidate(path: string, mode: number, size: number): boolean {
  if (size < 64) return false;
  return (mode & 0o111) !== 0 || binDirectory.test(path);
}
