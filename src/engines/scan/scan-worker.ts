import { parentPort } from 'node:worker_threads';
import { ruleRegistry } from '../../rules/index.js';
import type { EvaluationInputs, FileJob } from './evaluate-files.js';
import { evaluateFiles } from './evaluate-files.js';

interface WorkerInput {
  jobs: FileJob[];
  inputs: EvaluationInputs;
}

// The worker starts early and loads the rules while the main thread reads files; the jobs arrive once, then it ends.
parentPort?.once('message', (message: WorkerInput) => {
  parentPort?.postMessage(evaluateFiles(message.jobs, message.inputs, ruleRegistry));
});
