import { parentPort, workerData } from 'node:worker_threads';
import { ruleRegistry } from '../../rules/index.js';
import type { EvaluationInputs, FileJob } from './evaluate-files.js';
import { evaluateFiles } from './evaluate-files.js';

interface WorkerInput {
  jobs: FileJob[];
  inputs: EvaluationInputs;
}

// workerData is produced by parallel.ts from these exact types; structured clone keeps plain data intact.
const { jobs, inputs } = workerData as WorkerInput;
parentPort?.postMessage(evaluateFiles(jobs, inputs, ruleRegistry));
