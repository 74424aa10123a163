import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { createReadStream } from 'node:fs';
import { lstat, readFile, readlink, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { NodeFileType } from '../../sources/index.js';

/** The symlink hops Linux allows before ELOOP; a loop inside the root stops here. */
const maxSymlinkHops = 40;

export type Resolved =
  | { kind: 'found'; realPath: string; hostPath: string; stats: Stats }
  | { kind: 'missing' }
  | { kind: 'problem'; message: string };

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'error';
}

function joinNode(parts: readonly string[]): string {
  return `/${parts.join('/')}`;
}

/**
 * Resolves a node path under `root` the way the kernel would inside a chroot: every symlink on the way is followed,
 * absolute targets start again at the root and `..` stops at it, so nothing outside the root is ever read.
 */
export async function resolveInRoot(root: string, nodePath: string): Promise<Resolved> {
  const pending = nodePath.split('/').filter((part) => part !== '' && part !== '.');
  const done: string[] = [];
  let hops = 0;
  for (let part = pending.shift(); part !== undefined; part = pending.shift()) {
    if (part === '..') {
      done.pop();
      continue;
    }
    const hostPath = path.join(root, ...done, part);
    let stats: Stats;
    try {
      stats = await lstat(hostPath);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      return { kind: 'problem', message: `cannot inspect ${joinNode([...done, part])} (${code})` };
    }
    if (!stats.isSymbolicLink()) {
      if (pending.length > 0 && !stats.isDirectory()) return { kind: 'missing' };
      done.push(part);
      if (pending.length === 0) return { kind: 'found', realPath: joinNode(done), hostPath, stats };
      continue;
    }
    hops += 1;
    if (hops > maxSymlinkHops)
      return { kind: 'problem', message: 'too many levels of symbolic links (a loop?)' };
    let target: string;
    try {
      target = await readlink(hostPath);
    } catch (error) {
      return {
        kind: 'problem',
        message: `cannot read link ${joinNode([...done, part])} (${errorCode(error)})`,
      };
    }
    if (target.startsWith('/')) done.length = 0;
    pending.unshift(...target.split('/').filter((segment) => segment !== '' && segment !== '.'));
  }
  return { kind: 'found', realPath: '/', hostPath: root, stats: await lstat(root) };
}

export function fileTypeOf(stats: Stats): NodeFileType | undefined {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isSocket()) return 'socket';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isBlockDevice()) return 'block-device';
  if (stats.isCharacterDevice()) return 'character-device';
  return undefined;
}

export type ReadResult =
  | { kind: 'text'; text: string; realPath: string }
  | { kind: 'bytes'; bytes: Uint8Array; realPath: string }
  | { kind: 'missing' }
  | { kind: 'problem'; message: string };

/** Config files and kernel knobs are small; anything bigger is not what it claims to be. */
const maxReadBytes = 4 * 1024 * 1024;

/**
 * Reads a regular file inside the root. A FIFO, socket or folder where a file is expected is a problem, never
 * opened (a FIFO would block the read for ever).
 */
export async function readBytesInRoot(root: string, nodePath: string): Promise<ReadResult> {
  const resolved = await resolveInRoot(root, nodePath);
  if (resolved.kind !== 'found') return resolved;
  const type = fileTypeOf(resolved.stats) ?? 'special file';
  if (type !== 'file')
    return { kind: 'problem', message: `is a ${type}, not a regular file: cannot read it` };
  if (resolved.stats.size > maxReadBytes)
    return { kind: 'problem', message: `is ${resolved.stats.size} bytes, more than a config file can be` };
  try {
    const bytes = await readFile(resolved.hostPath);
    return { kind: 'bytes', bytes, realPath: resolved.realPath };
  } catch (error) {
    return { kind: 'problem', message: `cannot read (${errorCode(error)})` };
  }
}

export async function readTextInRoot(root: string, nodePath: string): Promise<ReadResult> {
  const read = await readBytesInRoot(root, nodePath);
  if (read.kind !== 'bytes') return read;
  return { kind: 'text', text: Buffer.from(read.bytes).toString('utf8'), realPath: read.realPath };
}

export type ListResult =
  { kind: 'names'; names: string[] } | { kind: 'missing' } | { kind: 'problem'; message: string };

/** The entry names of a folder inside the root, sorted; a file where a folder is expected counts as missing. */
export async function listInRoot(root: string, nodePath: string): Promise<ListResult> {
  const resolved = await resolveInRoot(root, nodePath);
  if (resolved.kind !== 'found') return resolved;
  if (!resolved.stats.isDirectory()) return { kind: 'missing' };
  try {
    const names = await readdir(resolved.hostPath);
    return { kind: 'names', names: names.sort() };
  } catch (error) {
    return { kind: 'problem', message: `cannot list (${errorCode(error)})` };
  }
}

/** SHA-256 of a file, streamed so a large binary is never held in memory. */
export async function sha256Of(hostPath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(hostPath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export { errorCode };
