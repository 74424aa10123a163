import type { NodeFile, NodeView } from '../../sources/index.js';
import type { BaselineEntry } from '../../sources/node/baseline.js';
import { compareWithBaseline } from '../../sources/node/baseline.js';
import { groupIds } from '../../sources/node/kernel-files.js';
import { discoverNodeFiles } from './discover-files.js';
import type { NodeProblem } from './inspect-paths.js';
import { inspectPaths } from './inspect-paths.js';
import { findRuntimeBinaries, inspectIntegrity } from './integrity.js';
import { KernelReader } from './kernel-facts.js';
import { readTextInRoot } from './root-fs.js';

export interface NodeInspectionRequest {
  /** The node's root folder on this machine: `/` on the node itself. */
  root: string;
  /** Hash the runtime binaries and configs (`--write-baseline`, `--baseline`). */
  integrity: boolean;
  /** Entries of `--baseline`: the view then carries every difference. */
  baseline?: readonly BaselineEntry[];
}

export interface NodeInspection {
  view: NodeView;
  /** What could not be observed, by node path: each is an error of the report. */
  problems: NodeProblem[];
  /** What was not looked at because the root has no such part (no /proc, no /sys). */
  notes: string[];
  /** The current integrity entries, when asked for. */
  integrity?: BaselineEntry[];
}

function hasAny(files: readonly NodeFile[], prefix: string): boolean {
  return files.some((file) => file.roles.some((role) => role.startsWith(prefix)));
}

async function hostname(root: string): Promise<string> {
  const read = await readTextInRoot(root, '/etc/hostname');
  const name = read.kind === 'text' ? read.text.trim() : '';
  return name === '' ? 'node' : name;
}

async function groups(root: string, problems: NodeProblem[]): Promise<Record<string, number>> {
  const read = await readTextInRoot(root, '/etc/group');
  if (read.kind === 'problem') problems.push({ path: '/etc/group', message: read.message });
  return read.kind === 'text' ? groupIds(read.text) : {};
}

function binaryNamed(paths: readonly string[], name: string): boolean {
  return paths.some((path) => path.endsWith(`/${name}`));
}

/** Observes a node's files, kernel and firmware facts under `root`; pure data for the node rules. */
export async function inspectNode(request: NodeInspectionRequest): Promise<NodeInspection> {
  const { root } = request;
  const discovered = await discoverNodeFiles(root);
  const inspected = await inspectPaths(root, discovered.requests);
  const binaries = await findRuntimeBinaries(root);
  const kernel = new KernelReader(root);
  const kernelFacts = await kernel.all();
  const problems = [...discovered.problems, ...inspected.problems, ...binaries.problems];
  const files = inspected.files;
  const view: NodeView = {
    resource: { kind: 'Node', name: await hostname(root), source: { file: '/' }, doc: {} },
    files,
    groups: await groups(root, problems),
    ...kernelFacts,
    components: {
      kubelet: binaryNamed(binaries.paths, 'kubelet') || hasAny(files, 'kubelet-'),
      docker: binaryNamed(binaries.paths, 'dockerd') || hasAny(files, 'docker-'),
      containerd: binaryNamed(binaries.paths, 'containerd') || hasAny(files, 'containerd-'),
    },
    dockerDataRoot: discovered.dockerDataRoot,
  };
  problems.push(...kernel.problems);
  if (!request.integrity) return { view, problems, notes: kernel.notes };
  const integrity = await inspectIntegrity(root, binaries.paths, files);
  problems.push(...integrity.problems);
  if (request.baseline !== undefined) {
    // A file that could not be hashed is an error already; calling it removed would say something untrue.
    const unreadable = new Set(integrity.problems.map((problem) => problem.path));
    view.integrity = compareWithBaseline(request.baseline, integrity.entries).filter(
      (change) => change.change !== 'removed' || !unreadable.has(change.path),
    );
  }
  return { view, problems, notes: kernel.notes, integrity: integrity.entries };
}
