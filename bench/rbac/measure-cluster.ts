// Child entry point: `node dist/bench/rbac/measure-cluster.js <scan|permissions> <folder> <scratch>`. Runs one task in
// this process and prints its figures, with its own CPU time and peak RSS, as JSON after a marker.
import path from 'node:path';
import type { ClusterTaskResult } from './task-result.js';
import { clusterResultMarker } from './task-result.js';

/**
 * Everything the issue asks of one run: the scan with every rule and its JSON report written (what `bulwark scan
 * --format json --output` does), then the effective permissions of every subject and the full reachability matrix
 * on the scan's own cluster index.
 */
async function scan(
  folder: string,
  scratch: string,
): Promise<Pick<ClusterTaskResult, 'count' | 'detail' | 'indexMs' | 'permissionsMs' | 'matrixMs'>> {
  const { scanPaths } = await import('../../src/engines/scan/scan.js');
  const { defaultConfig } = await import('../../src/engines/config/schema.js');
  const { ruleRegistry } = await import('../../src/rules/index.js');
  const { createReport } = await import('../../src/core/index.js');
  const { renderJson } = await import('../../src/reporters/json.js');
  const { effectivePermissions } = await import('../../src/rules/kubernetes/cluster-utils/permissions.js');
  const { reachabilityMatrix } = await import('../../src/rules/kubernetes/network/network-utils/matrix.js');
  const { networkModel } = await import('../../src/rules/kubernetes/network/network-utils/network-model.js');
  const { createReachability } =
    await import('../../src/rules/kubernetes/network/network-utils/reachability.js');
  const { writeFile } = await import('node:fs/promises');
  const scanStart = performance.now();
  const result = await scanPaths(
    {
      inputs: [folder],
      cwd: process.cwd(),
      config: defaultConfig,
      configRoot: process.cwd(),
      pss: {},
      selection: { only: [], skip: [] },
      today: '2026-01-01',
      readStdin: () => Promise.resolve(new Uint8Array()),
    },
    ruleRegistry,
  );
  const report = createReport('bench', result.targets, result.findings, result.errors);
  await writeFile(path.join(scratch, 'cluster-scan.json'), renderJson(report, { rules: [], color: false }));
  const indexMs = performance.now() - scanStart;
  const permissionsStart = performance.now();
  effectivePermissions(result.cluster);
  const permissionsMs = performance.now() - permissionsStart;
  const matrixStart = performance.now();
  reachabilityMatrix(createReachability(networkModel(result.cluster)));
  const matrixMs = performance.now() - matrixStart;
  return { count: report.findings.length, detail: report.errors.length, indexMs, permissionsMs, matrixMs };
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
