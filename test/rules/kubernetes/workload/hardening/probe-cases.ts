import type { WorkloadKind } from '../../../../../src/sources/index.js';
import { workloadKinds } from '../../../../../src/sources/index.js';
import type { ExpectedViolation, InvalidCase, ValidCase } from '../../../../support/rule-tester.js';
import { wrapWorkload } from '../../../../support/workloads.js';

// Jobs and CronJobs run to completion, so probe rules judge only the long-running kinds.
const runToCompletionKinds: readonly WorkloadKind[] = ['Job', 'CronJob'];
const servingKinds = workloadKinds.filter((kind) => !runToCompletionKinds.includes(kind));

/** One invalid case per long-running workload kind; `errors` lines are relative to the snippet. */
export function invalidForServingWorkloads(
  name: string,
  podSpec: string,
  errors: ExpectedViolation[],
): InvalidCase[] {
  return servingKinds.map((kind) => {
    const wrapped = wrapWorkload(kind, { podSpec });
    return {
      name: `${kind}: ${name}`,
      code: wrapped.code,
      errors: errors.map((error) => ({ ...error, line: error.line + wrapped.offset })),
    };
  });
}

/** The same snippet as a Job and a CronJob, where probes are not expected. */
export function validForRunToCompletion(name: string, podSpec: string): ValidCase[] {
  return runToCompletionKinds.map((kind) => ({
    name: `${kind}: ${name}`,
    code: wrapWorkload(kind, { podSpec }).code,
  }));
}
