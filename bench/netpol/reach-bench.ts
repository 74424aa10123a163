import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { indexPaths } from '../../src/engines/scan/index-files.js';
import type { MatrixSummary } from '../../src/rules/kubernetes/network/network-utils/matrix.js';
import { reachabilityMatrix } from '../../src/rules/kubernetes/network/network-utils/matrix.js';
import { networkModel } from '../../src/rules/kubernetes/network/network-utils/network-model.js';
import { createReachability } from '../../src/rules/kubernetes/network/network-utils/reachability.js';
import { createRng } from '../corpus/prng.js';
import { generateNetpolCorpus } from './manifests.js';

export interface ReachBenchRun {
  pods: number;
  workloads: number;
  policies: number;
  files: number;
  bytes: number;
  /** Reading, parsing and indexing the manifests. */
  loadMs: number;
  /** Reading the policies, grouping the pods and computing the whole matrix. */
  matrixMs: number;
  matrix: MatrixSummary;
  /** Peak resident memory of the process after this run (`process.resourceUsage().maxRSS`), in KiB. */
  maxRssKiB: number;
  errors: number;
}

export interface ReachBenchResult {
  runs: ReachBenchRun[];
}

const sizes = [
  { pods: 1_000, policies: 50 },
  { pods: 10_000, policies: 500 },
] as const;

async function runSize(scratch: string, pods: number, policies: number): Promise<ReachBenchRun> {
  const corpus = generateNetpolCorpus(createRng(`netpol-bench/${pods}`), pods, policies);
  const folder = path.join(scratch, `netpol-${pods}`);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (const file of corpus.files) {
    bytes += Buffer.byteLength(file.text);
    await writeFile(path.join(folder, file.name), file.text);
  }
  const loadStart = performance.now();
  const input = await indexPaths({
    inputs: [folder],
    cwd: scratch,
    maxFileSizeMB: 64,
    readStdin: () => Promise.resolve(new Uint8Array()),
  });
  const loadMs = performance.now() - loadStart;
  const matrixStart = performance.now();
  const matrix = reachabilityMatrix(createReachability(networkModel(input.cluster)));
  const matrixMs = performance.now() - matrixStart;
  return {
    pods: corpus.pods,
    workloads: corpus.workloads,
    policies: input.cluster.networkPolicies.length,
    files: corpus.files.length,
    bytes,
    loadMs,
    matrixMs,
    matrix,
    maxRssKiB: process.resourceUsage().maxRSS,
    errors: input.errors.length,
  };
}

/**
 * Generates (seeded, identical on every run) manifests with 1,000 and then 10,000 pods in controllers, with 50 and
 * 500 network policies of Kubernetes, Cilium and Calico, reads them, and computes the full workload × workload ×
 * port reachability matrix. Run it in a fresh process: the RSS of the 10k run is the process peak.
 */
export async function benchReachability(scratch: string): Promise<ReachBenchResult> {
  const runs: ReachBenchRun[] = [];
  for (const size of sizes) runs.push(await runSize(scratch, size.pods, size.policies));
  return { runs };
}
