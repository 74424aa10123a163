import { parentPort } from 'node:worker_threads';
import { ruleRegistry } from '../../rules/index.js';
import type { DeferredStore } from './deferred-units.js';
import { evaluateKept } from './evaluate-deferred.js';
import type { EvaluationInputs } from './evaluate-files.js';
import { evaluateFiles } from './evaluate-files.js';
import type { WorkerRequest } from './parallel.js';

// The worker starts early and loads the rules while the main thread reads files. Its files arrive once; for a scan
// with a cluster index, the merged index arrives after, and the worker judges the deferred objects it kept.
let held: { store: DeferredStore; inputs: EvaluationInputs } | undefined;

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'evaluate') {
    held = { store: new Map(), inputs: request.inputs };
    parentPort?.postMessage(evaluateFiles(request.jobs, request.inputs, ruleRegistry, held.store));
    return;
  }
  if (held === undefined) throw new Error('scan worker: second pass before the first');
  parentPort?.postMessage(evaluateKept(held.store, request.cluster, held.inputs, ruleRegistry));
});
