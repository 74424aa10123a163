import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { spawnTimed } from '../spawn-timed.js';
import { formatBytes, formatCount, formatMiB, formatMs } from '../stats.js';
import { generateSnapshotSet } from './snapshot-set.js';
import type { SnapshotTaskResult } from './snapshot-result.js';
import { snapshotResultMarker } from './snapshot-result.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const TaskResult = z.object({
  exitCode: z.number(),
  cpuMs: z.number(),
  maxRssKiB: z.number(),
}) satisfies z.ZodType<SnapshotTaskResult>;

const ReportCounts = z.object({
  findings: z.array(z.unknown()),
  errors: z.array(z.unknown()),
});

export interface ClusterSnapshotBenchResult {
  pods: number;
  controllers: number;
  objects: number;
  files: number;
  bytes: number;
  /** Spawn to exit, as a user waits for it (Node start-up and module loading included). */
  wallMs: number;
  cpuMs: number;
  maxRssKiB: number;
  findings: number;
  errors: number;
}

const podCount = 10_000;

/**
 * Generates a 10,000-pod `kubectl get -o json` snapshot (controllers with the ReplicaSets, Jobs and Pods they own)
 * into `scratch`, then runs `bulwark cluster --snapshot` on it once in a fresh process with its JSON report written.
 */
export async function benchClusterSnapshot(scratch: string): Promise<ClusterSnapshotBenchResult> {
  const set = generateSnapshotSet(podCount);
  const folder = path.join(scratch, 'cluster-snapshot');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (const file of set.files) {
    await writeFile(path.join(folder, file.name), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  const output = path.join(scratch, 'cluster-snapshot-report.json');
  const child = await spawnTimed(
    process.execPath,
    [path.join(repoRoot, 'dist', 'bench', 'cluster-snapshot', 'measure-snapshot.js'), folder, output],
    repoRoot,
  );
  const line = child.stdout
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith(snapshotResultMarker));
  if (child.exitCode !== 0 || line === undefined)
    throw new Error(`cluster --snapshot failed (exit ${child.exitCode}):\n${child.stderr.slice(-4000)}`);
  const result = TaskResult.parse(JSON.parse(line.slice(snapshotResultMarker.length)));
  const report = ReportCounts.parse(JSON.parse(await readFile(output, 'utf8')));
  return {
    pods: set.pods,
    controllers: set.controllers,
    objects: set.objects,
    files: set.files.length,
    bytes,
    wallMs: child.wallMs,
    cpuMs: result.cpuMs,
    maxRssKiB: result.maxRssKiB,
    findings: report.findings.length,
    errors: report.errors.length,
  };
}

/** The BENCHMARKS.md section for `bulwark cluster --snapshot`. */
export function renderClusterSnapshotBench(result: ClusterSnapshotBenchResult): string {
  const header =
    '| Pods | Controllers | Objects | Files | Bytes | Wall | CPU | Peak RSS | Findings | Errors |\n' +
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n';
  const row = [
    formatCount(result.pods),
    formatCount(result.controllers),
    formatCount(result.objects),
    formatCount(result.files),
    formatBytes(result.bytes),
    formatMs(result.wallMs),
    formatMs(result.cpuMs),
    formatMiB(result.maxRssKiB),
    formatCount(result.findings),
    formatCount(result.errors),
  ].join(' | ');
  return `${header}| ${row} |\n\nOne run of \`bulwark cluster --snapshot\` with its JSON report written, in a fresh process, from start to exit. The snapshot is \`kubectl get -o json\` output: one List per kind, every object with what the API server adds (uid, managedFields, status), the Pods, ReplicaSets and Jobs with ownerReferences to their controllers (judged once, through the controller; the cluster index sees them all). Target: under 10 s and 1 GB.\n`;
}
