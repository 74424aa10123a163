import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Registry } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import type { EvaluationInputs, FileJob, FilesResult } from './evaluate-files.js';
import { evaluateFiles } from './evaluate-files.js';

/** Below this much text a second thread costs more to start than it saves. */
const parallelThreshold = 1024 * 1024;
/** Fewer files than this are never worth starting a worker for ahead of reading them. */
const earlyStartFiles = 64;

export interface ScanWorker {
  evaluate(jobs: FileJob[], inputs: EvaluationInputs): Promise<FilesResult>;
  dispose(): void;
}

/**
 * Starts a worker thread that loads the rules while this thread discovers and reads files, so its start-up cost
 * overlaps with work; undefined when there is no spare core or too few files to matter.
 */
export function startScanWorker(fileCount: number): ScanWorker | undefined {
  if (availableParallelism() < 2 || fileCount < earlyStartFiles) return undefined;
  const worker = new Worker(new URL('./scan-worker.js', import.meta.url));
  return {
    evaluate(jobs, inputs) {
      return new Promise((resolve, reject) => {
        worker.once('message', (result: FilesResult) => resolve(result));
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`scan worker exited with code ${code}`)));
        worker.postMessage({ jobs, inputs });
      });
    },
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

/**
 * Evaluates files on this thread and, for large inputs, on the worker too. A worker that fails is not trusted: its
 * half is redone here, so a worker problem never loses results. The worker is disposed of in every case.
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
      return evaluateFiles(jobs, inputs, registry);
    }
    const [local, remote] = splitBySize(jobs);
    const pending = worker.evaluate(remote, inputs).catch(() => evaluateFiles(remote, inputs, registry));
    const here = evaluateFiles(local, inputs, registry);
    const there = await pending;
    return {
      targets: [...here.targets, ...there.targets],
      findings: [...here.findings, ...there.findings],
      errors: [...here.errors, ...there.errors],
    };
  } finally {
    worker?.dispose();
  }
}
