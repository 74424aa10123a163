import { readFile, writeFile } from 'node:fs/promises';
import type { NodeFile, NodeFileRole } from '../../sources/index.js';
import type { BaselineEntry, ParsedBaseline } from '../../sources/node/baseline.js';
import { parseBaseline, renderBaseline } from '../../sources/node/baseline.js';
import { formatMode } from '../../sources/node/file-modes.js';
import type { NodeProblem, PathRequest } from './inspect-paths.js';
import { inspectPaths } from './inspect-paths.js';
import { errorCode, listInRoot } from './root-fs.js';

const binaryFolders = ['/usr/bin', '/usr/local/bin', '/usr/sbin', '/bin', '/sbin'];
const binaryNames = new Set(['containerd', 'crictl', 'docker-init', 'dockerd', 'kubelet', 'runc']);
const shimPrefix = 'containerd-shim';

/** Config files whose content is part of the baseline, by the role discovery gave them. */
const configRoles: ReadonlySet<NodeFileRole> = new Set([
  'containerd-config',
  'docker-daemon-json',
  'kubelet-config',
  'kubelet-kubeconfig',
  'kubelet-service',
]);

export interface IntegrityInspection {
  entries: BaselineEntry[];
  problems: NodeProblem[];
}

function isRuntimeBinary(name: string): boolean {
  return binaryNames.has(name) || name.startsWith(shimPrefix);
}

export interface RuntimeBinaries {
  /** Node paths of kubelet, containerd, shims, runc, crictl, dockerd and docker-init in the usual folders. */
  paths: string[];
  problems: NodeProblem[];
}

export async function findRuntimeBinaries(root: string): Promise<RuntimeBinaries> {
  const paths: string[] = [];
  const problems: NodeProblem[] = [];
  for (const folder of binaryFolders) {
    const listed = await listInRoot(root, folder);
    if (listed.kind === 'problem') problems.push({ path: folder, message: listed.message });
    if (listed.kind !== 'names') continue;
    for (const name of listed.names) if (isRuntimeBinary(name)) paths.push(`${folder}/${name}`);
  }
  return { paths, problems };
}

/**
 * Hashes the runtime binaries and the given config files. A binary reached through a symlinked folder (`/bin` ->
 * `/usr/bin`) is recorded once, under the path it resolves to.
 */
export async function inspectIntegrity(
  root: string,
  binaries: readonly string[],
  configs: readonly NodeFile[],
): Promise<IntegrityInspection> {
  const requests: PathRequest[] = binaries.map((path) => ({ path, roles: [], hash: true }));
  for (const file of configs)
    if (file.type === 'file' && file.roles.some((role) => configRoles.has(role)))
      requests.push({ path: file.realPath ?? file.path, roles: [], hash: true });
  const inspected = await inspectPaths(root, requests);
  const entries = new Map<string, BaselineEntry>();
  for (const file of inspected.files) {
    if (file.sha256 === undefined) continue;
    const path = file.realPath ?? file.path;
    if (!entries.has(path))
      entries.set(path, { path, sha256: file.sha256, size: file.size, mode: formatMode(file.mode) });
  }
  return { entries: [...entries.values()], problems: inspected.problems };
}

export async function writeNodeBaseline(file: string, entries: readonly BaselineEntry[]): Promise<void> {
  await writeFile(file, renderBaseline(entries));
}

export async function readNodeBaseline(file: string): Promise<ParsedBaseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read (${errorCode(error)})` };
  }
  return parseBaseline(text);
}
