import type { NodeFile, NodeFileRole } from '../../sources/index.js';
import { errorCode, fileTypeOf, resolveInRoot, sha256Of } from './root-fs.js';

/** One path to observe on the node, and what it is to the rules. */
export interface PathRequest {
  /** The path on the node (`/etc/docker/daemon.json`), resolved under the root. */
  path: string;
  roles: readonly NodeFileRole[];
  /** Record the SHA-256 too (integrity baseline); only regular files are hashed. */
  hash?: boolean;
}

/** Something that could not be observed: the report's coverage, never a pass. */
export interface NodeProblem {
  path: string;
  message: string;
}

export interface PathInspection {
  /** Existing files, one per path (roles merged when asked for twice), sorted by path. */
  files: NodeFile[];
  problems: NodeProblem[];
}

function mergeRequests(requests: readonly PathRequest[]): PathRequest[] {
  const byPath = new Map<string, PathRequest>();
  for (const request of requests) {
    const known = byPath.get(request.path);
    if (known === undefined) {
      byPath.set(request.path, { ...request, roles: [...request.roles] });
      continue;
    }
    const roles = [...new Set([...known.roles, ...request.roles])];
    byPath.set(request.path, {
      path: request.path,
      roles,
      hash: known.hash === true || request.hash === true,
    });
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

interface Observed {
  file?: NodeFile;
  problem?: NodeProblem;
}

async function inspectOne(root: string, request: PathRequest): Promise<Observed> {
  const resolved = await resolveInRoot(root, request.path);
  if (resolved.kind === 'missing') return {};
  if (resolved.kind === 'problem') return { problem: { path: request.path, message: resolved.message } };
  const type = fileTypeOf(resolved.stats);
  if (type === undefined) return { problem: { path: request.path, message: 'is of an unknown file type' } };
  const file: NodeFile = {
    path: request.path,
    ...(resolved.realPath === request.path ? {} : { realPath: resolved.realPath }),
    type,
    mode: resolved.stats.mode & 0o7777,
    uid: resolved.stats.uid,
    gid: resolved.stats.gid,
    size: resolved.stats.size,
    roles: [...request.roles].sort(),
  };
  if (request.hash !== true) return { file };
  // The owner and mode facts stay true when the content cannot be read; only the hash is missing.
  if (type !== 'file')
    return {
      file,
      problem: { path: request.path, message: `is a ${type}, not a regular file: cannot hash it` },
    };
  try {
    return { file: { ...file, sha256: await sha256Of(resolved.hostPath) } };
  } catch (error) {
    return { file, problem: { path: request.path, message: `cannot read (${errorCode(error)})` } };
  }
}

/**
 * Observes a list of node paths under `root`: type, mode, owner, size and on request the SHA-256, with symlinks
 * resolved inside the root. Missing paths are left out; what cannot be observed comes back as a problem. `bulwark
 * node` and `bulwark host` both build their file facts with it.
 */
export async function inspectPaths(root: string, requests: readonly PathRequest[]): Promise<PathInspection> {
  const files: NodeFile[] = [];
  const problems: NodeProblem[] = [];
  for (const request of mergeRequests(requests)) {
    const observed = await inspectOne(root, request);
    if (observed.file !== undefined) files.push(observed.file);
    if (observed.problem !== undefined) problems.push(observed.problem);
  }
  return { files, problems };
}
