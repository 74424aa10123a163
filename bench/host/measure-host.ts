// Child entry point: `node dist/bench/host/measure-host.js <docker-host> <report.json>`. Runs one `bulwark host` in this process
// and prints its CPU time, peak RSS and finding count after the result marker.
import { benchCliIo } from '../cli-io.js';
import { resultMarker } from '../tasks.js';

async function main(): Promise<void> {
  const [dockerHost, report] = process.argv.slice(2);
  if (dockerHost === undefined || report === undefined) {
    process.stderr.write('usage: node dist/bench/host/measure-host.js <docker-host> <report.json>\n');
    process.exitCode = 2;
    return;
  }
  const { run } = await import('../../src/cli/index.js');
  const result = await run(
    ['host', '--docker-host', dockerHost, '--format', 'json', '--output', report, '--fail-on', 'none'],
    benchCliIo(),
  );
  if (result.exitCode !== 0)
    throw new Error(`host exited ${result.exitCode}: ${result.stderr.slice(0, 2000)}`);
  const { readFile } = await import('node:fs/promises');
  const { z } = await import('zod');
  const parsed = z
    .object({ findings: z.array(z.unknown()) })
    .parse(JSON.parse(await readFile(report, 'utf8')));
  const findings = parsed.findings.length;
  const usage = process.resourceUsage();
  process.stdout.write(
    `${resultMarker}${JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, findings })}\n`,
  );
}

await main();
