import { formatBytes, formatCount, formatMiB, formatMs } from '../stats.js';
import type { ClusterBenchResult, ClusterBenchSize } from './bench-cluster.js';

function growth(small: number, large: number): string {
  return small === 0 ? '–' : `${(large / small).toFixed(1)}×`;
}

function row(size: ClusterBenchSize): string {
  return [
    formatCount(size.pods),
    formatCount(size.controllers),
    `${formatCount(size.roles)} + ${formatCount(size.bindings)}`,
    formatCount(size.networkPolicies),
    formatBytes(size.bytes),
    formatMs(size.scan.wallMs.median),
    formatMs(size.scan.cpuMs.median),
    formatMiB(size.scan.maxRssKiB.median),
    formatMs(size.scan.scanMs.median),
    formatMs(size.scan.permissionsMs.median),
    formatMs(size.scan.matrixMs.median),
    formatCount(size.scan.findings),
    formatCount(size.permissions.subjects),
  ].join(' | ');
}

/** The BENCHMARKS.md section for the cluster analyses: one row per size, then the growth from the smallest. */
export function renderClusterBench(result: ClusterBenchResult): string {
  const header =
    '| Pods | Controllers | Roles + bindings | Network policies | Bytes | Wall | CPU | Peak RSS | of which scan and report | permissions of every subject | reachability matrix | Findings | Subjects |\n' +
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n';
  const rows = result.sizes.map((size) => `| ${row(size)} |`).join('\n');
  const [small, large] = [result.sizes[0], result.sizes[result.sizes.length - 1]];
  const growthLine =
    small === undefined || large === undefined || small === large
      ? ''
      : `\n\nFrom ${formatCount(small.pods)} to ${formatCount(large.pods)} pods the scan's wall time grows ` +
        `${growth(small.scan.wallMs.median, large.scan.wallMs.median)}, its peak RSS ` +
        `${growth(small.scan.maxRssKiB.median, large.scan.maxRssKiB.median)}, the effective permissions of ` +
        `every subject ${growth(small.scan.permissionsMs.median, large.scan.permissionsMs.median)} and the ` +
        `reachability matrix ${growth(small.scan.matrixMs.median, large.scan.matrixMs.median)}.`;
  const pinned = result.oneCore
    ? 'each in a fresh process pinned to one CPU (`taskset -c 0`), so the scan works on one thread'
    : 'each in a fresh process (`taskset` was not available: not pinned to one CPU)';
  return `${header}${rows}${growthLine}\n\nWall, CPU and peak RSS are for one process that does it all, from start to exit: the scan with every rule and its JSON report written, then the effective permissions of every subject and the full reachability matrix on the scan's own index. Median of ${result.runs} run${result.runs === 1 ? '' : 's'} per size, ${pinned}.\n`;
}
