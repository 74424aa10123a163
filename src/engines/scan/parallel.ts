import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Registry } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import type { EvaluationInputs, FileJob, FilesResult } from './evaluate-files.js';
import { evaluateFiles } from './evaluate-files.js';

/** Below this much text a second thread costs more to start than it saves. */
const parallelThreshold = 1024 * 1024;

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

function runInWorker(jobs: FileJob[], inputs: EvaluationInputs): Promise<FilesResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./scan-worker.js', import.meta.url), { workerData: { jobs, inputs } });
    worker.once('message', (result: FilesResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`scan worker exited with code ${code}`));
    });
  });
}

/**
 * Evaluates files on this thread and, for large inputs on a machine with a spare core, on one worker thread too.
 * A worker that fails is not trusted: its half is redone here, so a worker problem never loses results.
 */
export async function evaluateInParallel(
  jobs: readonly FileJob[],
  inputs: EvaluationInputs,
  registry: Registry<AnyRule>,
): Promise<FilesResult> {
  let totalBytes = 0;
  for (const job of jobs) totalBytes += job.text.length;
  if (totalBytes < parallelThreshold || availableParallelism() < 2 || jobs.length < 2) {
    return evaluateFiles(jobs, inputs, registry);
  }
  const [local, remote] = splitBySize(jobs);
  const pending = runInWorker(remote, inputs).catch(() => evaluateFiles(remote, inputs, registry));
  const here = evaluateFiles(local, inputs, registry);
  const there = await pending;
  return {
    targets: [...here.targets, ...there.targets],
    findings: [...here.findings, ...there.findings],
    errors: [...here.errors, ...there.errors],
  };
}
