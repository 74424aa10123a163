import path from 'node:path';
import ignore from 'ignore';
import type { Finding, ReportError, ReportTarget, ServiceAccountFacts } from '../../core/index.js';
import type { Registry } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import type { Config } from '../config/schema.js';
import type { InputKind } from './detect-kind.js';
import { evaluateFile } from './evaluate.js';
import type { NamespacePolicy, PssSettings } from './pss-context.js';
import type { RuleSelection } from './select-rules.js';
import { selectRules } from './select-rules.js';
import type { SuppressionInputs } from './suppress.js';
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
  serviceAccounts: readonly (readonly [string, ServiceAccountFacts])[];
  selection: RuleSelection;
  today: string;
}

export interface FilesResult {
  targets: ReportTarget[];
  findings: Finding[];
  errors: ReportError[];
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

/** Parses and evaluates each file in turn; each file's parsed units are dropped once it is judged. */
export function evaluateFiles(
  jobs: readonly FileJob[],
  inputs: EvaluationInputs,
  registry: Registry<AnyRule>,
): FilesResult {
  const { rules } = selectRules(registry, inputs.selection, inputs.config);
  const settings = {
    pss: inputs.pss,
    namespaces: new Map(inputs.namespaces),
    serviceAccounts: new Map(inputs.serviceAccounts),
    trustedRegistries: inputs.config.trustedRegistries,
  };
  const result: FilesResult = { targets: [], findings: [], errors: [] };
  for (const job of jobs) {
    const units = buildUnits(job.text, job.display, job.kind, job.identityPath);
    if (units.targetType !== undefined) result.targets.push({ type: units.targetType, path: job.display });
    const suppression: SuppressionInputs = {
      directives: units.directives,
      exceptions: inputs.config.exceptions,
      exceptionCoversFile: exceptionMatcher(inputs, job.display),
      today: inputs.today,
    };
    const evaluation = evaluateFile(job.display, units, rules, settings, suppression);
    result.findings.push(...evaluation.findings);
    const lastLine = lineCount(job.text);
    for (const error of evaluation.errors)
      result.errors.push(error.line > lastLine ? { ...error, line: lastLine } : error);
  }
  return result;
}
