// Child entry point: `node dist/bench/rbac/measure-cluster.js <scan|permissions> <folder> <scratch>`. Runs one task in
// this process and prints its figures, with its own CPU time and peak RSS, as JSON after a marker.
import path from 'node:path';
import { benchCliIo } from '../cli-io.js';
import type { ClusterTaskResult } from './task-result.js';
import { clusterResultMarker } from './task-result.js';

async function scan(folder: string, scratch: string): Promise<Pick<ClusterTaskResult, 'count' | 'detail'>> {
  const { run } = await import('../../src/cli/index.js');
  const output = path.join(scratch, 'cluster-scan.json');
  const result = await run(
    ['scan', folder, '--format', 'json', '--output', output, '--fail-on', 'none'],
    benchCliIo(),
  );
  if (result.exitCode !== 0)
    throw new Error(`scan exited ${result.exitCode}: ${result.stderr.slice(0, 2000)}`);
  const { readFile } = await import('node:fs/promises');
  const report = JSON.parse(await readFile(output, 'utf8')) as { findings: unknown[]; errors: unknown[] };
  return { count: report.findings.length, detail: report.errors.length };
}

async function permissions(
  folder: string,
): Promise<Pick<ClusterTaskResult, 'count' | 'detail' | 'indexMs' | 'permissionsMs'>> {
  const { indexPaths } = await import('../../src/engines/scan/index-files.js');
  const { effectivePermissions } = await import('../../src/rules/kubernetes/cluster-utils/permissions.js');
  const indexStart = performance.now();
  const input = await indexPaths({
    inputs: [folder],
    cwd: process.cwd(),
    maxFileSizeMB: 64,
    readStdin: () => Promise.resolve(new Uint8Array()),
  });
  const indexMs = performance.now() - indexStart;
  const permissionsStart = performance.now();
  const all = effectivePermissions(input.cluster);
  let grants = 0;
  for (const entry of all.values()) grants += entry.grants.length;
  const permissionsMs = performance.now() - permissionsStart;
  return { count: all.size, detail: grants, indexMs, permissionsMs };
}

async function main(): Promise<void> {
  const [task, folder, scratch] = process.argv.slice(2);
  if ((task !== 'scan' && task !== 'permissions') || folder === undefined || scratch === undefined) {
    process.stderr.write(
      'usage: node dist/bench/rbac/measure-cluster.js <scan|permissions> <folder> <scratch>\n',
    );
    process.exitCode = 2;
    return;
  }
  const work = task === 'scan' ? await scan(folder, scratch) : await permissions(folder);
  const usage = process.resourceUsage();
  const result: ClusterTaskResult = {
    task,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssKiB: usage.maxRSS,
    ...work,
  };
  process.stdout.write(`\n${clusterResultMarker}${JSON.stringify(result)}\n`);
}

await main();
