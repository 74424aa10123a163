import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { spawnTimed } from '../spawn-timed.js';
import type { Summary } from '../stats.js';
import { summarise } from '../stats.js';
import { generateClusterSet } from './cluster-set.js';
import type { ClusterTask, ClusterTaskResult } from './task-result.js';
import { clusterResultMarker } from './task-result.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const TaskResult = z.object({
  task: z.enum(['scan', 'permissions']),
  cpuMs: z.number(),
  maxRssKiB: z.number(),
  count: z.number(),
  detail: z.number(),
  indexMs: z.number().optional(),
  permissionsMs: z.number().optional(),
  matrixMs: z.number().optional(),
}) satisfies z.ZodType<ClusterTaskResult>;

export interface ClusterTaskFigures {
  /** Spawn to exit, as a user waits for it (Node start-up and module loading included). */
  wallMs: Summary;
  cpuMs: Summary;
  maxRssKiB: Summary;
}

export interface ClusterBenchSize {
  pods: number;
  controllers: number;
  serviceAccounts: number;
  roles: number;
  bindings: number;
  networkPolicies: number;
  files: number;
  bytes: number;
  /**
   * One process: the scan with every rule (RBAC and network analyses included) and its JSON report written, then
   * the effective permissions of every subject and the full reachability matrix on the scan's index.
   */
  scan: ClusterTaskFigures & {
    findings: number;
    errors: number;
    scanMs: Summary;
    permissionsMs: Summary;
    matrixMs: Summary;
  };
  /** Reading the files into the cluster index, then the effective permissions of every subject. */
  permissions: ClusterTaskFigures & {
    indexMs: Summary;
    permissionsMs: Summary;
    subjects: number;
    grants: number;
  };
}

export interface ClusterBenchResult {
  runs: number;
  /** Whether the children were pinned to one CPU. */
  oneCore: boolean;
  sizes: ClusterBenchSize[];
}

const podCounts = [1_000, 10_000] as const;

/** The target is for one core: the child is pinned to the first CPU when `taskset` is there (no worker helps it). */
const oneCore = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

async function measure(task: ClusterTask, folder: string, scratch: string) {
  const node = [process.execPath, path.join(repoRoot, 'dist', 'bench', 'rbac', 'measure-cluster.js')];
  const [command = 'node', ...args] = oneCore ? ['taskset', '-c', '0', ...node] : node;
  const child = await spawnTimed(command, [...args, task, folder, scratch], repoRoot);
  const line = child.stdout
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith(clusterResultMarker));
  if (child.exitCode !== 0 || line === undefined)
    throw new Error(`cluster ${task} failed (exit ${child.exitCode}):\n${child.stderr.slice(-4000)}`);
  return {
    wallMs: child.wallMs,
    result: TaskResult.parse(JSON.parse(line.slice(clusterResultMarker.length))),
  };
}

async function measureRuns(task: ClusterTask, folder: string, scratch: string, runs: number) {
  const measured = [];
  for (let run = 0; run < runs; run += 1) measured.push(await measure(task, folder, scratch));
  const last = measured[measured.length - 1];
  if (last === undefined) throw new Error('no run');
  const figures: ClusterTaskFigures = {
    wallMs: summarise(measured.map((entry) => entry.wallMs)),
    cpuMs: summarise(measured.map((entry) => entry.result.cpuMs)),
    maxRssKiB: summarise(measured.map((entry) => entry.result.maxRssKiB)),
  };
  return { figures, measured, last: last.result };
}

/**
 * The cluster-analysis benchmark: generates a cluster of 1,000 and of 10,000 pods (in controllers, with roles and
 * bindings at one per five pods and network policies at one per twenty), then measures, each in a fresh child
 * process, a full scan and the effective permissions of every subject. `scratch` receives the manifests and
 * reports; nothing else is written.
 */
export async function benchCluster(scratch: string, runs = 1): Promise<ClusterBenchResult> {
  const sizes: ClusterBenchSize[] = [];
  for (const pods of podCounts) {
    const set = generateClusterSet(pods);
    const folder = path.join(scratch, `cluster-${pods}`);
    await rm(folder, { recursive: true, force: true });
    let bytes = 0;
    for (const file of set.files) {
      const target = path.join(folder, file.name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.text);
      bytes += Buffer.byteLength(file.text);
    }
    const scan = await measureRuns('scan', folder, scratch, runs);
    const permissions = await measureRuns('permissions', folder, scratch, runs);
    sizes.push({
      pods: set.pods,
      controllers: set.controllers,
      serviceAccounts: set.serviceAccounts,
      roles: set.roles,
      bindings: set.bindings,
      networkPolicies: set.networkPolicies,
      files: set.files.length,
      bytes,
      scan: {
        ...scan.figures,
        findings: scan.last.count,
        errors: scan.last.detail,
        scanMs: summarise(scan.measured.map((entry) => entry.result.indexMs ?? 0)),
        permissionsMs: summarise(scan.measured.map((entry) => entry.result.permissionsMs ?? 0)),
        matrixMs: summarise(scan.measured.map((entry) => entry.result.matrixMs ?? 0)),
      },
      permissions: {
        ...permissions.figures,
        indexMs: summarise(permissions.measured.map((entry) => entry.result.indexMs ?? 0)),
        permissionsMs: summarise(permissions.measured.map((entry) => entry.result.permissionsMs ?? 0)),
        subjects: permissions.last.count,
        grants: permissions.last.detail,
      },
    });
  }
  return { runs, oneCore, sizes };
}
