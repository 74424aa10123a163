import { formatMiB, formatMs } from '../stats.js';
import type { ReachBenchResult } from './reach-bench.js';

/** The reachability section of BENCHMARKS.md: the full matrix at 1k and 10k pods. */
export function renderReachBench(result: ReachBenchResult): string {
  const lines = [
    '### NetworkPolicy reachability',
    '',
    'The full pod-to-pod reachability matrix (every workload pair and port, computed per class of pods with the same labels and namespace) on generated manifests, one run in the bench process.',
    '',
    '| pods | workloads | policies | load and index | full matrix | peak RSS |',
    '|---:|---:|---:|---:|---:|---:|',
  ];
  for (const run of result.runs)
    lines.push(
      `| ${run.pods.toLocaleString('en-US')} | ${run.workloads.toLocaleString('en-US')} | ${run.policies} | ${formatMs(run.loadMs)} | ${formatMs(run.matrixMs)} | ${formatMiB(run.maxRssKiB)} |`,
    );
  lines.push('');
  return lines.join('\n');
}
