import path from 'node:path';
import ignore from 'ignore';
import type { ClusterIndex, Finding, Registry, ReportError, ReportTarget } from '../../core/index.js';
import { isClusterJudgedKind, isClusterRule } from '../../core/index.js';
import type { ClusterIndexCollector } from '../../rules/kubernetes/cluster-utils/collect.js';
import { createClusterIndexCollector } from '../../rules/kubernetes/cluster-utils/collect.js';
import type { AnyRule } from '../../rules/index.js';
import type { Config } from '../config/schema.js';
import type { InputKind } from './detect-kind.js';
import { evaluateFile } from './evaluate.js';
import { indexSourceOf } from './index-source.js';
import type { NamespacePolicy, PssSettings } from './pss-context.js';
import type { RuleSelection } from './select-rules.js';
import { selectRules } from './select-rules.js';
import type { SuppressionInputs } from './suppress.js';
import type { DeferredStore } from './deferred-units.js';
import { detachUnits } from './deferred-units.js';
import type { FileUnits, ScanUnit } from './units.js';
import { buildUnits } from './units.js';

/** A file ready to scan: its text is already read and decoded. */
export interface FileJob {
  display: string;
  /** Path relative to the scanned folder, for fingerprints that do not depend on the working directory. */
  identityPath: string;
  kind: InputKind;
  text: string;
}

/** Everything needed to evaluate files, as plain data so it can cross to a worker thread. */
export interface EvaluationInputs {
  cwd: string;
  configRoot: string;
  config: Config;
  pss: PssSettings;
  namespaces: readonly (readonly [string, NamespacePolicy])[];
  selection: RuleSelection;
  today: string;
  /**
   * The pre-pass index (its early parts). When given, every file's objects are indexed as they are parsed, and the
   * cross-object rules judge the objects of the cluster-judged kinds in a second pass that sees the whole index;
   * without it, each file is judged on its own with an index of its own objects.
   */
  cluster?: ClusterIndex;
}

/** An object left for the second pass, found again by its position in its file. */
export interface DeferredUnit {
  file: string;
  kind: string;
  name: string;
  line: number;
  column: number;
}

export interface FilesResult {
  targets: ReportTarget[];
  findings: Finding[];
  errors: ReportError[];
  /** Ids of the rules that judged something (see `Rule.judges`), each once. */
  judged?: string[];
  /** With `inputs.cluster`: what these files add to the index, and the objects left for the second pass. */
  gathered?: ClusterIndex;
  deferred?: DeferredUnit[];
}

function exceptionMatcher(inputs: EvaluationInputs, file: string): SuppressionInputs['exceptionCoversFile'] {
  return (exception) => {
    if (exception.path === undefined) return true;
    if (file === '-') return false;
    const relative = path
      .relative(inputs.configRoot, path.resolve(inputs.cwd, file))
      .split(path.sep)
      .join('/');
    return !relative.startsWith('..') && ignore().add(exception.path).ignores(relative);
  };
}

/** Parsers report an unexpected end of input one line past the last; errors point at a line that exists. */
function lineCount(text: string): number {
  let count = 1;
  for (
    let index = text.indexOf('\n');
    index >= 0 && index < text.length - 1;
    index = text.indexOf('\n', index + 1)
  )
    count += 1;
  return count;
}

interface Gathering {
  collector: ClusterIndexCollector;
  deferred: DeferredUnit[];
  store: DeferredStore | undefined;
}

/**
 * Indexes the file's objects and sets apart those of the cluster-judged kinds, which the cross-object rules judge
 * in the second pass; input errors go to `errors`.
 */
function gather(
  job: FileJob,
  units: FileUnits,
  gathering: Gathering,
  errors: ReportError[],
): { ordinary: FileUnits; judged: ScanUnit[] } {
  const ordinary: ScanUnit[] = [];
  const judged: ScanUnit[] = [];
  const refs: DeferredUnit[] = [];
  for (const unit of units.units) {
    const source = indexSourceOf(unit);
    if (source !== undefined)
      for (const error of gathering.collector.add(source)) errors.push({ file: job.display, ...error });
    if (source === undefined || !isClusterJudgedKind(unit.resource.kind)) {
      ordinary.push(unit);
      continue;
    }
    const { startLine, startColumn } = source.resource.source;
    const start =
      startLine === undefined || startColumn === undefined
        ? source.positionOf([])
        : { line: startLine, column: startColumn };
    refs.push({
      file: job.display,
      kind: unit.resource.kind,
      name: unit.resource.name,
      line: start.line,
      column: start.column,
    });
    judged.push(unit);
  }
  gathering.deferred.push(...refs);
  if (judged.length > 0) gathering.store?.set(job.display, detachUnits(job, judged, refs, units.directives));
  return { ordinary: judged.length === 0 ? units : { ...units, units: ordinary }, judged };
}

export function suppressionInputsFor(
  inputs: EvaluationInputs,
  file: string,
  directives: SuppressionInputs['directives'],
): SuppressionInputs {
  return {
    directives,
    exceptions: inputs.config.exceptions,
    exceptionCoversFile: exceptionMatcher(inputs, file),
    today: inputs.today,
  };
}

/**
 * Parses and evaluates each file in turn; each file's syntax trees are dropped once it is judged. With a cluster
 * index in `inputs`, the objects of the cluster-judged kinds get every rule but the cross-object ones here, and are
 * kept (without syntax tree) in `store` for the second pass.
 */
export function evaluateFiles(
  jobs: readonly FileJob[],
  inputs: EvaluationInputs,
  registry: Registry<AnyRule>,
  store?: DeferredStore,
): FilesResult {
  const { rules } = selectRules(registry, inputs.selection, inputs.config);
  const ordinaryRules = rules.filter((selected) => !isClusterRule(selected.rule));
  const settings = {
    pss: inputs.pss,
    namespaces: new Map(inputs.namespaces),
    trustedRegistries: inputs.config.trustedRegistries,
    ...(inputs.cluster === undefined ? {} : { cluster: inputs.cluster }),
  };
  const gathering: Gathering | undefined =
    inputs.cluster === undefined
      ? undefined
      : { collector: createClusterIndexCollector(), deferred: [], store };
  const result: FilesResult = { targets: [], findings: [], errors: [] };
  const judged = new Set<string>();
  for (const job of jobs) {
    const parsed = buildUnits(job.text, job.display, job.kind, job.identityPath);
    if (parsed.targetType !== undefined) result.targets.push({ type: parsed.targetType, path: job.display });
    const errors: ReportError[] = [];
    const { ordinary, judged: kept } =
      gathering === undefined ? { ordinary: parsed, judged: [] } : gather(job, parsed, gathering, errors);
    const suppression = suppressionInputsFor(inputs, job.display, parsed.directives);
    const evaluation = evaluateFile(job.display, ordinary, rules, settings, suppression);
    result.findings.push(...evaluation.findings);
    errors.push(...evaluation.errors);
    for (const id of evaluation.judged) judged.add(id);
    if (kept.length > 0) {
      const units = { units: kept, errors: [], directives: parsed.directives };
      const partial = evaluateFile(job.display, units, ordinaryRules, settings, suppression);
      result.findings.push(...partial.findings);
      errors.push(...partial.errors);
      for (const id of partial.judged) judged.add(id);
    }
    const lastLine = lineCount(job.text);
    for (const error of errors)
      result.errors.push(error.line > lastLine ? { ...error, line: lastLine } : error);
  }
  result.judged = [...judged];
  if (gathering !== undefined) {
    result.gathered = gathering.collector.build();
    result.deferred = gathering.deferred;
  }
  return result;
}
