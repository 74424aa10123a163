import type { ClusterIndex, Registry } from '../../core/index.js';
import { isClusterRule } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import type { IgnoreDirective } from '../../sources/index.js';
import { scanIgnoreDirectives } from '../../sources/index.js';
import type { DeferredStore } from './deferred-units.js';
import { findDeferredUnits } from './deferred-units.js';
import type { DeferredUnit, EvaluationInputs, FileJob, FilesResult } from './evaluate-files.js';
import { suppressionInputsFor } from './evaluate-files.js';
import type { EvaluationSettings } from './evaluate.js';
import { evaluateFile } from './evaluate.js';
import type { SelectedRule } from './select-rules.js';
import { selectRules } from './select-rules.js';
import type { ScanUnit } from './units.js';

interface SecondPass {
  rules: readonly SelectedRule[];
  settings: EvaluationSettings;
  inputs: EvaluationInputs;
  result: FilesResult;
}

/** The second pass runs only the cross-object rules: the first pass ran every other rule on these objects. */
function secondPass(
  cluster: ClusterIndex,
  inputs: EvaluationInputs,
  registry: Registry<AnyRule>,
): SecondPass {
  return {
    rules: selectRules(registry, inputs.selection, inputs.config).rules.filter((selected) =>
      isClusterRule(selected.rule),
    ),
    settings: {
      pss: inputs.pss,
      namespaces: new Map(inputs.namespaces),
      trustedRegistries: inputs.config.trustedRegistries,
      cluster,
    },
    inputs,
    result: { targets: [], findings: [], errors: [] },
  };
}

/** The first pass reported the file's parse and directive errors already; only rule failures are new. */
function judge(
  pass: SecondPass,
  file: string,
  units: readonly ScanUnit[],
  directives: readonly IgnoreDirective[],
): void {
  if (pass.rules.length === 0) return;
  const suppression = suppressionInputsFor(pass.inputs, file, directives);
  const evaluation = evaluateFile(
    file,
    { units: [...units], errors: [], directives },
    pass.rules,
    pass.settings,
    suppression,
  );
  pass.result.findings.push(...evaluation.findings);
  pass.result.errors.push(...evaluation.errors);
  pass.result.judged = [...new Set([...(pass.result.judged ?? []), ...evaluation.judged])];
}

/** The second pass over the objects a thread kept: the cluster-judged kinds, with the index of the whole input. */
export function evaluateKept(
  store: DeferredStore,
  cluster: ClusterIndex,
  inputs: EvaluationInputs,
  registry: Registry<AnyRule>,
): FilesResult {
  const pass = secondPass(cluster, inputs, registry);
  for (const [file, kept] of store) judge(pass, file, kept.units, kept.directives);
  return pass.result;
}

/**
 * The second pass for objects no thread kept (their worker failed): they are found again in their files' text,
 * then judged as `evaluateKept` would.
 */
export function evaluateDeferred(
  jobs: readonly FileJob[],
  deferred: readonly DeferredUnit[],
  cluster: ClusterIndex,
  inputs: EvaluationInputs,
  registry: Registry<AnyRule>,
): FilesResult {
  const pass = secondPass(cluster, inputs, registry);
  if (deferred.length === 0) return pass.result;
  const byFile = new Map<string, DeferredUnit[]>();
  for (const unit of deferred) {
    const list = byFile.get(unit.file);
    if (list === undefined) byFile.set(unit.file, [unit]);
    else list.push(unit);
  }
  for (const job of jobs) {
    const wanted = byFile.get(job.display);
    if (wanted === undefined) continue;
    const units = [...findDeferredUnits(job, wanted).values()];
    judge(pass, job.display, units, scanIgnoreDirectives(job.text).directives);
  }
  return pass.result;
}
