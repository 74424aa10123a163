// Child entry point: `node dist/bench/image/measure-image.js <image> <database>`. Runs one `bulwark image` in this
// process and prints its peak RSS after the result marker, like bench/measure.ts does for the file scans.
import os from 'node:os';
import { benchCliIo } from '../cli-io.js';
import { resultMarker } from '../tasks.js';

async function main(): Promise<void> {
  const [image, database] = process.argv.slice(2);
  if (image === undefined || database === undefined) {
    process.stderr.write('usage: node dist/bench/image/measure-image.js <image> <database>\n');
    process.exitCode = 2;
    return;
  }
  const { run } = await import('../../src/cli/index.js');
  const result = await run(
    ['image', image, '--db', database, '--format', 'json', '--output', os.devNull, '--fail-on', 'none'],
    benchCliIo(),
  );
  if (result.exitCode !== 0)
    throw new Error(`image exited ${result.exitCode}: ${result.stderr.slice(0, 2000)}`);
  const usage = process.resourceUsage();
  process.stdout.write(
    `${resultMarker}${JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`,
  );
}

await main();
