// Child entry point: `node dist/bench/cluster-snapshot/measure-snapshot.js <folder> <report.json>`. Runs
// `bulwark cluster --snapshot <folder> --format json --output <report.json>` in this fresh process, as bin/bulwark.js
// does, then prints its exit code, CPU time and peak RSS as JSON after a marker.
import os from 'node:os';
import type { SnapshotTaskResult } from './snapshot-result.js';
import { snapshotResultMarker } from './snapshot-result.js';

async function main(): Promise<void> {
  const [folder, output] = process.argv.slice(2);
  if (folder === undefined || output === undefined) {
    process.stderr.write(
      'usage: node dist/bench/cluster-snapshot/measure-snapshot.js <folder> <report.json>\n',
    );
    process.exitCode = 2;
    return;
  }
  const { run } = await import('../../src/cli/index.js');
  const result = await run(['cluster', '--snapshot', folder, '--format', 'json', '--output', output], {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTty: false,
    readStdin: () => Promise.resolve(new Uint8Array()),
    today: () => '2026-11-24',
    now: () => new Date(0),
    homedir: os.homedir(),
    stderrIsTty: false,
    progress: () => undefined,
  });
  const usage = process.resourceUsage();
  const figures: SnapshotTaskResult = {
    exitCode: result.exitCode,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssKiB: usage.maxRSS,
  };
  if (result.stderr !== '') process.stderr.write(result.stderr);
  process.stdout.write(`\n${snapshotResultMarker}${JSON.stringify(figures)}\n`);
}

await main();
