import { formatCount, formatMiB, formatMs } from '../stats.js';
import type { HostBenchResult } from './bench-host.js';

/** The BENCHMARKS.md section for `bulwark host` on a live engine. */
export function renderHostBench(result: HostBenchResult): string {
  const header = '| Containers | Wall | CPU | Peak RSS | Findings |\n| ---: | ---: | ---: | ---: | ---: |\n';
  const row = [
    formatCount(result.containers),
    formatMs(result.wallMs.median),
    formatMs(result.cpuMs.median),
    formatMiB(result.maxRssKiB.median),
    formatCount(result.findings),
  ].join(' | ');
  const runs = `${result.runs} run${result.runs === 1 ? '' : 's'}`;
  return (
    `${header}| ${row} |\n\n` +
    `\`bulwark host --format json --output FILE\` against a private dockerd running ${formatCount(result.containers)} ` +
    'sleeping containers (`--network none`): the dockerd flags from /proc, Docker files, every container and image ' +
    `inspected over the Engine API and judged. Median of ${runs}, each in a fresh process from spawn to exit ` +
    `(wall ${formatMs(result.wallMs.min)} to ${formatMs(result.wallMs.max)}).\n`
  );
}
