import { FileNotes } from './notes.js';
import type { FoundPackage, ParsedPackageFile } from './types.js';

/** Marks the build information the Go linker writes into every binary (`.go.buildinfo`). */
export const goBuildInfoMagic = Buffer.from('\xff Go buildinf:', 'latin1');
const headerSize = 32;
const inlineStringsFlag = 0x2;
/** Module info is wrapped in two 16-byte sentinels; the one before the closing sentinel is a newline. */
const sentinelLength = 16;
const maxStringLength = 4 * 1024 * 1024;

export type GoBuildInfoRead =
  | { status: 'ok'; goVersion: string; modinfo: string }
  | { status: 'incomplete' }
  | { status: 'not-build-info' }
  | { status: 'unsupported'; reason: string };

/** Unsigned LEB128 as Go's `binary.Uvarint`: returns [value, bytes read], or undefined when the bytes run out. */
function readUvarint(data: Buffer, offset: number): [number, number] | undefined {
  let value = 0;
  let multiplier = 1;
  for (let index = 0; index < 10; index += 1) {
    const byte = data[offset + index];
    if (byte === undefined) return undefined;
    value += (byte & 0x7f) * multiplier;
    if ((byte & 0x80) === 0) return [value, index + 1];
    multiplier *= 128;
  }
  return [Number.POSITIVE_INFINITY, 10];
}

/**
 * Reads the build info blob at the start of `data` (which begins with the magic). The header is 14 bytes of magic,
 * the pointer size, a flags byte and 16 bytes of pointers; with flag 0x2 (Go 1.18 and later) the pointers are zero
 * and two varint-prefixed strings follow: the runtime version and the module info.
 */
export function readGoBuildInfo(data: Buffer): GoBuildInfoRead {
  if (data.length < headerSize) return { status: 'incomplete' };
  const pointerSize = data[14];
  const flags = data[15] ?? 0;
  if (pointerSize !== 4 && pointerSize !== 8) return { status: 'not-build-info' };
  if ((flags & inlineStringsFlag) === 0) {
    return {
      status: 'unsupported',
      reason: 'Go build info in the pointer format (Go before 1.18) is unsupported',
    };
  }
  if (data.subarray(16, headerSize).some((byte) => byte !== 0)) return { status: 'not-build-info' };
  const strings: string[] = [];
  let offset = headerSize;
  for (let index = 0; index < 2; index += 1) {
    const length = readUvarint(data, offset);
    if (length === undefined) return { status: 'incomplete' };
    if (length[0] > maxStringLength) return { status: 'not-build-info' };
    const start = offset + length[1];
    if (start + length[0] > data.length) return { status: 'incomplete' };
    strings.push(data.toString('utf8', start, start + length[0]));
    offset = start + length[0];
  }
  return { status: 'ok', goVersion: strings[0] ?? '', modinfo: strings[1] ?? '' };
}

const goVersionPattern = /^go(?<major>\d+)\.(?<minor>\d+)(?:\.(?<patch>\d+))?(?<pre>(?:rc|beta|alpha)\d+)?/;

/** `go1.21.5` → `v1.21.5`, `go1.20` → `v1.20.0`, `go1.22rc1` → `v1.22.0-rc1`: the semver form module versions use. */
export function goVersionToSemver(goVersion: string): string | undefined {
  const groups = goVersionPattern.exec(goVersion)?.groups;
  if (groups === undefined) return undefined;
  const release = `v${groups.major}.${groups.minor}.${groups.patch ?? '0'}`;
  return groups.pre === undefined ? release : `${release}-${groups.pre}`;
}

interface ModuleLine {
  path: string;
  version: string;
  replacement?: { path: string; version: string };
}

/** Module info text: `path`, `mod` (main module), `dep` and `=>` (replaces the line before) lines, tab separated. */
function readModuleLines(modinfo: string): { main?: ModuleLine; deps: ModuleLine[] } {
  const deps: ModuleLine[] = [];
  let main: ModuleLine | undefined;
  let last: ModuleLine | undefined;
  for (const line of modinfo.split('\n')) {
    const [kind, path = '', version = ''] = line.split('\t');
    if (kind === 'mod' || kind === 'dep') {
      last = { path, version };
      if (kind === 'mod') main = last;
      else deps.push(last);
    } else if (kind === '=>' && last !== undefined) {
      last.replacement = { path, version };
    }
  }
  return main === undefined ? { deps } : { main, deps };
}

function unwrapModinfo(modinfo: string): string {
  const closing = modinfo.length - sentinelLength - 1;
  if (modinfo.length < 2 * sentinelLength + 1 || modinfo[closing] !== '\n') return '';
  return modinfo.slice(sentinelLength, modinfo.length - sentinelLength);
}

function modulePackage(module: ModuleLine, notes: FileNotes, role: string): FoundPackage {
  const effective = module.replacement ?? module;
  // A replacement by a local directory has no version: the code is whatever that directory held at build time.
  if (module.replacement !== undefined && module.replacement.version === '') {
    notes.add(
      `${role} ${module.path} is replaced by the local directory ${module.replacement.path}; no version`,
    );
    return { type: 'golang', name: module.path, version: '(devel)', versioned: false };
  }
  if (effective.version === '' || effective.version === '(devel)') {
    notes.add(`${role} ${effective.path} has version (devel); it is listed without a version`);
    return { type: 'golang', name: effective.path, version: '(devel)', versioned: false };
  }
  return { type: 'golang', name: effective.path, version: effective.version };
}

/** The packages a Go binary's build info describes: the main module, every dependency and the standard library. */
export function goBinaryPackages(path: string, goVersion: string, modinfo: string): ParsedPackageFile {
  const notes = new FileNotes(path);
  const packages: FoundPackage[] = [];
  const stdlibVersion = goVersionToSemver(goVersion);
  if (stdlibVersion === undefined) {
    notes.add(`Go version "${goVersion}" is not a release; the standard library is listed without a version`);
    packages.push({ type: 'golang', name: 'stdlib', version: goVersion || '(devel)', versioned: false });
  } else {
    packages.push({ type: 'golang', name: 'stdlib', version: stdlibVersion });
  }
  const { main, deps } = readModuleLines(unwrapModinfo(modinfo));
  if (main !== undefined && main.path !== '') packages.push(modulePackage(main, notes, 'main module'));
  for (const dep of deps) {
    if (dep.path !== '') packages.push(modulePackage(dep, notes, 'dependency'));
  }
  return { packages, notes: notes.list() };
}
