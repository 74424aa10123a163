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
    formatCount(size.scan.findings),
    formatMs(size.permissions.indexMs.median),
    formatMs(size.permissions.permissionsMs.median),
    formatCount(size.permissions.subjects),
    formatMiB(size.permissions.maxRssKiB.median),
  ].join(' | ');
}

/** The BENCHMARKS.md section for the cluster analyses: one row per size, then the growth from the smallest. */
export function renderClusterBench(result: ClusterBenchResult): string {
  const header =
    '| Pods | Controllers | Roles + bindings | Network policies | Bytes | Scan wall | Scan CPU | Scan peak RSS | Findings | Index | Permissions of every subject | Subjects | Peak RSS |\n' +
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n';
  const rows = result.sizes.map((size) => `| ${row(size)} |`).join('\n');
  const [small, large] = [result.sizes[0], result.sizes[result.sizes.length - 1]];
  const growthLine =
    small === undefined || large === undefined || small === large
      ? ''
      : `\n\nFrom ${formatCount(small.pods)} to ${formatCount(large.pods)} pods the scan's wall time grows ` +
        `${growth(small.scan.wallMs.median, large.scan.wallMs.median)}, its peak RSS ` +
        `${growth(small.scan.maxRssKiB.median, large.scan.maxRssKiB.median)}, and the effective permissions of ` +
        `every subject ${growth(small.permissions.permissionsMs.median, large.permissions.permissionsMs.median)}.`;
  return `${header}${rows}${growthLine}\n\nMedian of ${result.runs} run${result.runs === 1 ? '' : 's'} per size, each in a fresh process.\n`;
}
