import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ClusterIndex, Registry } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import { mergeClusterIndexes } from '../../rules/kubernetes/cluster-utils/collect.js';
import type { DeferredStore } from './deferred-units.js';
import { evaluateDeferred, evaluateKept } from './evaluate-deferred.js';
import type { EvaluationInputs, FileJob, FilesResult } from './evaluate-files.js';
import { evaluateFiles } from './evaluate-files.js';

/** Below this much text a second thread costs more to start than it saves. */
const parallelThreshold = 1024 * 1024;
/** Fewer files than this are never worth starting a worker for ahead of reading them. */
const earlyStartFiles = 64;

/** What the main thread sends the worker: its files first, then (for a scan with an index) the second pass. */
export type WorkerRequest =
  | { type: 'evaluate'; jobs: FileJob[]; inputs: EvaluationInputs }
  | { type: 'deferred'; cluster: ClusterIndex };

export interface ScanWorker {
  evaluate(jobs: FileJob[], inputs: EvaluationInputs): Promise<FilesResult>;
  /** The second pass over the deferred objects the worker kept from its files. */
  evaluateKept(cluster: ClusterIndex): Promise<FilesResult>;
  dispose(): void;
}

/**
 * Starts a worker thread that loads the rules while this thread discovers and reads files, so its start-up cost
 * overlaps with work; undefined when there is no spare core or too few files to matter.
 */
export function startScanWorker(fileCount: number): ScanWorker | undefined {
  if (availableParallelism() < 2 || fileCount < earlyStartFiles) return undefined;
  const worker = new Worker(new URL('./scan-worker.js', import.meta.url));
  function ask(request: WorkerRequest): Promise<FilesResult> {
    return new Promise((resolve, reject) => {
      const fail = (error: unknown) => {
        worker.off('message', answer);
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const exited = (code: number) => fail(new Error(`scan worker exited with code ${code}`));
      function answer(result: FilesResult): void {
        worker.off('error', fail);
        worker.off('exit', exited);
        resolve(result);
      }
      worker.once('message', answer);
      worker.once('error', fail);
      worker.once('exit', exited);
      worker.postMessage(request);
    });
  }
  return {
    evaluate: (jobs, inputs) => ask({ type: 'evaluate', jobs, inputs }),
    evaluateKept: (cluster) => ask({ type: 'deferred', cluster }),
    dispose() {
      void worker.terminate();
    },
  };
}

function splitBySize(jobs: readonly FileJob[]): [FileJob[], FileJob[]] {
  const ordered = [...jobs].sort((a, b) => b.text.length - a.text.length);
  const halves: [FileJob[], FileJob[]] = [[], []];
  const sizes = [0, 0];
  for (const job of ordered) {
    const target = (sizes[0] ?? 0) <= (sizes[1] ?? 0) ? 0 : 1;
    halves[target].push(job);
    sizes[target] = (sizes[target] ?? 0) + job.text.length;
  }
  return halves;
}

function combine(results: readonly FilesResult[]): FilesResult {
  return {
    targets: results.flatMap((result) => result.targets),
    findings: results.flatMap((result) => result.findings),
    errors: results.flatMap((result) => result.errors),
    judged: [...new Set(results.flatMap((result) => result.judged ?? []))],
  };
}

/** The whole index of a scan from what each thread gathered. */
function completeIndex(first: readonly FilesResult[]): ClusterIndex {
  return mergeClusterIndexes(
    first.flatMap((result) => (result.gathered === undefined ? [] : [result.gathered])),
  );
}

/** Both passes on this thread only. */
function evaluateHere(
  jobs: readonly FileJob[],
  inputs: EvaluationInputs,
  registry: Registry<AnyRule>,
): FilesResult {
  const store: DeferredStore = new Map();
  const first = evaluateFiles(jobs, inputs, registry, store);
  if (inputs.cluster === undefined) return first;
  const cluster = completeIndex([first]);
  const second = evaluateKept(store, cluster, inputs, registry);
  return { ...combine([first, second]), gathered: cluster };
}

/**
 * Evaluates files on this thread and, for large inputs, on the worker too: each thread parses, judges and indexes
 * half of the files and keeps their deferred objects; with the merged index, each judges the objects it kept. A
 * worker that fails is not trusted: its part is redone here (its deferred objects found again in their files), so a
 * worker problem never loses results. The worker is disposed of in every case. With `inputs.cluster`, the result's
 * `gathered` is the index of the whole input.
 */
export async function evaluateInParallel(
  jobs: readonly FileJob[],
  inputs: EvaluationInputs,
  registry: Registry<AnyRule>,
  worker: ScanWorker | undefined,
): Promise<FilesResult> {
  let totalBytes = 0;
  for (const job of jobs) totalBytes += job.text.length;
  try {
    if (worker === undefined || totalBytes < parallelThreshold || jobs.length < 2) {
      return evaluateHere(jobs, inputs, registry);
    }
    const [local, remote] = splitBySize(jobs);
    const store: DeferredStore = new Map();
    const remoteStore: DeferredStore = new Map();
    let workerHealthy = true;
    const pending = worker.evaluate(remote, inputs).catch(() => {
      workerHealthy = false;
      return evaluateFiles(remote, inputs, registry, remoteStore);
    });
    const here = evaluateFiles(local, inputs, registry, store);
    const there = await pending;
    if (inputs.cluster === undefined) return combine([here, there]);
    const cluster = completeIndex([here, there]);
    const pendingSecond = workerHealthy
      ? worker
          .evaluateKept(cluster)
          .catch(() => evaluateDeferred(remote, there.deferred ?? [], cluster, inputs, registry))
      : Promise.resolve(evaluateKept(remoteStore, cluster, inputs, registry));
    const hereSecond = evaluateKept(store, cluster, inputs, registry);
    const thereSecond = await pendingSecond;
    return { ...combine([here, there, hereSecond, thereSecond]), gathered: cluster };
  } finally {
    worker?.dispose();
  }
}
