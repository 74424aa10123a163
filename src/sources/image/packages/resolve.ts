import { comparePackages } from '../../../core/index.js';
import type { Inventory, LayerRef, OperatingSystem, PackageRecord } from '../../../core/index.js';
import type { FinalView, LayerResult } from '../inspect.js';
import { buildPurl } from './purl.js';
import type { FoundPackage, LayerPackages, PackageFile } from './types.js';

export interface ResolvedInventory {
  inventory: Inventory;
  /** Sorted, without duplicates; each names the file it is about. */
  notes: string[];
}

/** One layer's copy of a file, with the identities of its packages computed once. */
interface Copy {
  index: number;
  layer: LayerRef;
  file: PackageFile;
  keys?: Set<string>;
}

/** The identity layer attribution follows: the same package at the same version (and architecture). */
function packageKey(found: FoundPackage): string {
  return [found.type, found.namespace ?? '', found.name, found.version, found.arch ?? ''].join('\u0000');
}

function keysOf(copy: Copy): Set<string> {
  copy.keys ??= new Set(copy.file.packages.map(packageKey));
  return copy.keys;
}

/** Every layer's copy of every recognised path, lowest layer first. */
function copiesByPath(results: readonly LayerResult<LayerPackages>[]): Map<string, Copy[]> {
  const byPath = new Map<string, Copy[]>();
  for (const { index, layer, result } of [...results].sort((a, b) => a.index - b.index)) {
    for (const file of result.files) {
      const copies = byPath.get(file.path) ?? [];
      copies.push({ index, layer, file });
      byPath.set(file.path, copies);
    }
  }
  return byPath;
}

/**
 * The layer that put this package at this version into the file: walking down from the visible copy, the lowest
 * copy in an unbroken run of copies that all list it. A copy that could not be read breaks the run.
 */
function introducingLayer(file: FinalFile, key: string): LayerRef {
  let introducer = file.visible;
  for (let position = file.earlier.length - 1; position >= 0; position -= 1) {
    const copy = file.earlier[position];
    if (copy === undefined || !copy.file.complete || !keysOf(copy).has(key)) break;
    introducer = copy;
  }
  return introducer.layer;
}

interface FinalFile {
  visible: Copy;
  /** Copies of the same path in lower layers, lowest first. */
  earlier: Copy[];
}

function visibleFiles(byPath: Map<string, Copy[]>, view: FinalView): FinalFile[] {
  const visible: FinalFile[] = [];
  for (const [path, copies] of byPath) {
    const index = view.visibleLayer(path);
    if (index === undefined) continue;
    const position = copies.findIndex((copy) => copy.index === index);
    const copy = copies[position];
    // The visible copy is not one the inspection recognised (a symlink now, or a file that is no longer a Go binary).
    if (copy === undefined) continue;
    visible.push({ visible: copy, earlier: copies.slice(0, position) });
  }
  return visible.sort((a, b) => (a.visible.file.path < b.visible.file.path ? -1 : 1));
}

/** `/etc/os-release` wins; it is often a symlink to `/usr/lib/os-release`, which is then the one read. */
function operatingSystem(files: readonly FinalFile[]): OperatingSystem | undefined {
  const byPath = new Map(files.map(({ visible }) => [visible.file.path, visible.file]));
  return byPath.get('/etc/os-release')?.os ?? byPath.get('/usr/lib/os-release')?.os;
}

/** The folder whose `node_modules` holds an installed package: `/app` for `/app/node_modules/a/node_modules/b`. */
function npmRoot(path: string): string {
  const match = /(?:^|\/)node_modules\//.exec(path);
  return match === null ? folderOf(path) : path.slice(0, match.index);
}

function folderOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

const preferredRpmDatabase = '/usr/lib/sysimage/rpm/rpmdb.sqlite';
const legacyRpmDatabase = '/var/lib/rpm/rpmdb.sqlite';

/**
 * Files whose packages another file already counts. An npm lockfile is dropped when packages are installed under
 * `node_modules` of the same folder: the installed tree is what is really there (a lockfile also lists dev and
 * optional packages that an install may have left out). Of two rpm databases, the `/usr/lib/sysimage` one (rpm's
 * default since 4.17) is read.
 */
function superseded(files: readonly FinalFile[], notes: string[]): Set<string> {
  const installedRoots = new Set<string>();
  for (const { visible } of files) {
    const { file } = visible;
    if (file.kind === 'npm-package' && file.packages.length > 0) installedRoots.add(npmRoot(file.path));
  }
  const dropped = new Set<string>();
  for (const { visible } of files) {
    const { file } = visible;
    const lockfile =
      file.kind === 'npm-package-lock' || file.kind === 'yarn-lock' || file.kind === 'pnpm-lock';
    if (lockfile && installedRoots.has(folderOf(file.path))) dropped.add(file.path);
  }
  const paths = new Set(files.map(({ visible }) => visible.file.path));
  if (paths.has(preferredRpmDatabase) && paths.has(legacyRpmDatabase)) {
    dropped.add(legacyRpmDatabase);
    notes.push(`${legacyRpmDatabase}: not read because ${preferredRpmDatabase} is the rpm database in use`);
  }
  return dropped;
}

function toRecord(
  found: FoundPackage,
  file: PackageFile,
  layer: LayerRef | undefined,
  os: OperatingSystem | undefined,
  notes: string[],
): PackageRecord {
  const { purl, problem } = buildPurl(found, os);
  if (problem !== undefined)
    notes.push(`${file.path}: ${found.name} ${found.version} has a purl without version: ${problem}`);
  const record: PackageRecord = {
    type: found.type,
    name: found.name,
    version: found.version,
    purl,
    file: found.file ?? file.path,
  };
  if (found.namespace !== undefined) record.namespace = found.namespace;
  if (found.source !== undefined) record.source = { ...found.source };
  if (found.arch !== undefined) record.arch = found.arch;
  if (found.licenses !== undefined) record.licenses = [...found.licenses];
  if (layer !== undefined) record.layer = layer;
  return record;
}

/**
 * The image's package inventory from every layer's inspection result: only files the final file system shows count
 * (a replaced database counts in its last version, a deleted file not at all), and each package carries the layer
 * that added it at its version. Layers are matched by `index`; a file deleted and re-created between two layers
 * is treated as unchanged through them, because inspectors do not see whiteouts.
 */
export function resolveInventory(
  results: readonly LayerResult<LayerPackages>[],
  view: FinalView,
): ResolvedInventory {
  const notes: string[] = [];
  const files = visibleFiles(copiesByPath(results), view);
  const os = operatingSystem(files);
  const dropped = superseded(files, notes);
  const packages: PackageRecord[] = [];
  for (const final of files) {
    const { file } = final.visible;
    notes.push(...file.notes);
    if (dropped.has(file.path)) continue;
    const seen = new Set<string>();
    for (const found of file.packages) {
      const key = packageKey(found);
      // A lockfile or shaded jar may list the same package at the same version more than once.
      if (seen.has(`${key}\u0000${found.file ?? ''}`)) continue;
      seen.add(`${key}\u0000${found.file ?? ''}`);
      packages.push(toRecord(found, file, introducingLayer(final, key), os, notes));
    }
  }
  const inventory: Inventory = { packages: packages.sort(comparePackages) };
  if (os !== undefined) inventory.os = os;
  return { inventory, notes: [...new Set(notes)].sort() };
}
