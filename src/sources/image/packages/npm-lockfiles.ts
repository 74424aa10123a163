import { parse as parseYaml } from 'yaml';
import { decodeText, errorMessage, FileNotes, forEachLine, looksBinary } from './notes.js';
import { npmPackage } from './npm.js';
import {
  NpmLockPackage,
  NpmLockV1Dependency,
  NpmPackageLock,
  PnpmLock,
  PnpmPackage,
  YarnBerryEntry,
} from './schema.js';
import type { FoundPackage, ParsedPackageFile } from './types.js';

/** Local, linked and workspace packages are the project's own code, not dependencies with a registry version. */
function isRegistryVersion(version: string | undefined): version is string {
  return version !== undefined && version !== '' && !/[:/\s]/.test(version);
}

function readJson(content: Buffer, notes: FileNotes): unknown {
  if (looksBinary(content)) {
    notes.add('not a lockfile (binary content)');
    return undefined;
  }
  try {
    return JSON.parse(decodeText(content));
  } catch (error) {
    notes.add(`not valid JSON: ${errorMessage(error)}`);
    return undefined;
  }
}

/** package-lock v2/v3: `packages` keyed by install folder; the name is what follows the last `node_modules/`. */
function fromPackagesMap(packagesMap: Record<string, unknown>, found: FoundPackage[]): void {
  for (const [folder, value] of Object.entries(packagesMap)) {
    const marker = folder.lastIndexOf('node_modules/');
    if (marker === -1) continue;
    const entry = NpmLockPackage.safeParse(value);
    if (!entry.success || entry.data.link === true || !isRegistryVersion(entry.data.version)) continue;
    // `name` is only written when it differs from the folder: an alias (`"x": "npm:y@1"`) installs y under x.
    const name = entry.data.name ?? folder.slice(marker + 'node_modules/'.length);
    const record = npmPackage(name, entry.data.version);
    if (entry.data.license !== undefined && entry.data.license !== '') record.licenses = [entry.data.license];
    found.push(record);
  }
}

/** package-lock v1: a `dependencies` tree whose nesting mirrors node_modules folders. */
function fromDependencyTree(tree: Record<string, unknown>, found: FoundPackage[], depth: number): void {
  if (depth > 64) return;
  for (const [name, value] of Object.entries(tree)) {
    const entry = NpmLockV1Dependency.safeParse(value);
    if (!entry.success) continue;
    if (isRegistryVersion(entry.data.version)) found.push(npmPackage(name, entry.data.version));
    if (entry.data.dependencies !== undefined) fromDependencyTree(entry.data.dependencies, found, depth + 1);
  }
}

/** Parses `package-lock.json` or `npm-shrinkwrap.json` (lockfile versions 1, 2 and 3). */
export function parseNpmPackageLock(path: string, content: Buffer): ParsedPackageFile {
  const notes = new FileNotes(path);
  const lock = NpmPackageLock.safeParse(readJson(content, notes));
  if (!lock.success) {
    if (notes.list().length === 0) notes.add('is not a package-lock object');
    return { packages: [], notes: notes.list() };
  }
  const found: FoundPackage[] = [];
  // v2 carries both forms; `packages` is the complete one.
  if (lock.data.packages !== undefined) fromPackagesMap(lock.data.packages, found);
  else if (lock.data.dependencies !== undefined) fromDependencyTree(lock.data.dependencies, found, 0);
  return { packages: found, notes: notes.list() };
}

/**
 * `name@range` or `@scope/name@range`; an alias `alias@npm:real@range` names the real package. Local folders
 * (`file:`, `link:`) are the project's own code and have no name here.
 */
function nameOfSpecifier(specifier: string): string | undefined {
  const at = specifier.indexOf('@', 1);
  if (at <= 0) return undefined;
  const range = specifier.slice(at + 1);
  if (range.startsWith('npm:') && range.indexOf('@', 5) > 0) return nameOfSpecifier(range.slice(4));
  if (/^(?:file|link|portal|workspace):/.test(range)) return undefined;
  return specifier.slice(0, at);
}

function unquoteYarn(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

/** Yarn 1 lockfile: `specifiers:` header lines, then indented `version "1.2.3"`. */
function parseYarnClassic(text: string, found: FoundPackage[]): void {
  let currentName: string | undefined;
  forEachLine(text, (line) => {
    if (line === '' || line.startsWith('#')) return;
    if (!line.startsWith(' ') && line.endsWith(':')) {
      const first = line.slice(0, -1).split(',')[0] ?? '';
      currentName = nameOfSpecifier(unquoteYarn(first));
      return;
    }
    const match = /^ {2}version:? +(?<version>.+)$/.exec(line);
    if (match?.groups?.version === undefined || currentName === undefined) return;
    const version = unquoteYarn(match.groups.version);
    if (isRegistryVersion(version)) found.push(npmPackage(currentName, version));
    currentName = undefined;
  });
}

/** Yarn 2+ lockfile (YAML): the name comes from `resolution`, only `npm:` resolutions are registry packages. */
function parseYarnBerry(document: Record<string, unknown>, found: FoundPackage[]): void {
  for (const [key, value] of Object.entries(document)) {
    if (key === '__metadata') continue;
    const entry = YarnBerryEntry.safeParse(value);
    if (!entry.success || entry.data.resolution === undefined) continue;
    const at = entry.data.resolution.indexOf('@', 1);
    if (at <= 0 || !entry.data.resolution.startsWith('npm:', at + 1)) continue;
    if (isRegistryVersion(entry.data.version)) {
      found.push(npmPackage(entry.data.resolution.slice(0, at), entry.data.version));
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses `yarn.lock`: the classic v1 format, or the YAML format of Yarn 2 and later (it has `__metadata`). */
export function parseYarnLock(path: string, content: Buffer): ParsedPackageFile {
  const notes = new FileNotes(path);
  if (looksBinary(content)) {
    notes.add('not a lockfile (binary content)');
    return { packages: [], notes: notes.list() };
  }
  const text = decodeText(content);
  const found: FoundPackage[] = [];
  if (/^__metadata:/m.test(text)) {
    try {
      const document: unknown = parseYaml(text);
      if (isRecord(document)) parseYarnBerry(document, found);
      else notes.add('is not a Yarn lockfile mapping');
    } catch (error) {
      notes.add(`not valid YAML: ${errorMessage(error)}`);
    }
  } else {
    parseYarnClassic(text, found);
  }
  return { packages: found, notes: notes.list() };
}

/**
 * A pnpm `packages` key. v5: `/name/1.0.0_peer@2` (`/@scope/name/1.0.0`); v6: `/name@1.0.0(peer@2)`; v9 drops the
 * leading slash. Peer suffixes are not part of the version.
 */
function nameAndVersionOfPnpmKey(key: string, major: number): [string, string] | undefined {
  const bare = (key.startsWith('/') ? key.slice(1) : key).replace(/\(.*$/, '');
  if (major < 6) {
    const segments = bare.split('/');
    const scoped = segments[0]?.startsWith('@') === true;
    const name = scoped ? `${segments[0]}/${segments[1] ?? ''}` : segments[0];
    const version = segments[scoped ? 2 : 1]?.replace(/_.*$/, '');
    return name === undefined || version === undefined ? undefined : [name, version];
  }
  const at = bare.lastIndexOf('@');
  return at <= 0 ? undefined : [bare.slice(0, at), bare.slice(at + 1)];
}

/** Parses `pnpm-lock.yaml` (lockfile versions 5, 6 and 9). */
export function parsePnpmLock(path: string, content: Buffer): ParsedPackageFile {
  const notes = new FileNotes(path);
  if (looksBinary(content)) {
    notes.add('not a lockfile (binary content)');
    return { packages: [], notes: notes.list() };
  }
  let document: unknown;
  try {
    document = parseYaml(decodeText(content));
  } catch (error) {
    notes.add(`not valid YAML: ${errorMessage(error)}`);
    return { packages: [], notes: notes.list() };
  }
  const lock = PnpmLock.safeParse(document);
  if (!lock.success) {
    notes.add('is not a pnpm lockfile mapping');
    return { packages: [], notes: notes.list() };
  }
  const major = Number.parseInt(String(lock.data.lockfileVersion ?? '9'), 10);
  const found: FoundPackage[] = [];
  for (const [key, value] of Object.entries(lock.data.packages ?? {})) {
    const entry = PnpmPackage.parse(value);
    const fromKey = nameAndVersionOfPnpmKey(key, Number.isNaN(major) ? 9 : major);
    const name = entry.name ?? fromKey?.[0];
    const version = entry.version ?? fromKey?.[1];
    if (name !== undefined && isRegistryVersion(version)) found.push(npmPackage(name, version));
  }
  return { packages: found, notes: notes.list() };
}
