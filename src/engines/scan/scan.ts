import path from 'node:path';
import ignore from 'ignore';
import type { Finding, Registry, ReportError, ReportTarget, Severity } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import type { Config } from '../config/schema.js';
import type { InputKind } from './detect-kind.js';
import { kindByContent } from './detect-kind.js';
import type { DiscoveredFile } from './discover.js';
import { discoverFiles } from './discover.js';
import { evaluateFile } from './evaluate.js';
import type { PssSettings } from './pss-context.js';
import { namespacePolicies } from './pss-context.js';
import type { ReadResult } from './read-input.js';
import { decodeText, readInput } from './read-input.js';
import type { RuleSelection } from './select-rules.js';
import { selectRules } from './select-rules.js';
import type { SuppressionInputs } from './suppress.js';
import type { FileUnits } from './units.js';
import { buildUnits } from './units.js';

export interface ScanRequest {
  inputs: readonly string[];
  cwd: string;
  config: Config;
  /** Folder of the config file (ignore and exception paths are relative to it); the cwd when there is none. */
  configRoot: string;
  pss: PssSettings;
  selection: RuleSelection;
  /** `--severity`: keep only findings of these severities. */
  severities?: readonly Severity[];
  /** Injected: today as YYYY-MM-DD, for suppression expiry. */
  today: string;
  /** Injected: standard input, for `-`. */
  readStdin(): Promise<Uint8Array>;
}

export interface ScanResult {
  targets: ReportTarget[];
  findings: Finding[];
  errors: ReportError[];
  /** Ids given with --rule/--skip-rule or in the config that match no rule: a usage error. */
  unknownRuleIds: string[];
}

interface LoadedFile {
  file: DiscoveredFile;
  kind: InputKind;
  text: string;
}

const namespaceLabelMarker = 'pod-security.kubernetes.io/enforce';

async function load(file: DiscoveredFile, request: ScanRequest): Promise<LoadedFile | ReportError> {
  let result: ReadResult;
  if (file.stdin === true) {
    try {
      result = decodeText(await request.readStdin());
    } catch {
      result = { ok: false, line: 1, message: 'cannot read standard input' };
    }
  } else {
    result = await readInput(file.absolute, request.config.maxFileSizeMB * 1024 * 1024);
  }
  if (!result.ok) return { file: file.display, line: result.line, message: result.message };
  const text = result.text.startsWith('\uFEFF') ? result.text.slice(1) : result.text;
  return { file, kind: file.kind ?? kindByContent(text), text };
}

function exceptionMatcher(request: ScanRequest): (file: string) => SuppressionInputs['exceptionCoversFile'] {
  return (file) => (exception) => {
    if (exception.path === undefined) return true;
    const relative = path
      .relative(request.configRoot, path.resolve(request.cwd, file))
      .split(path.sep)
      .join('/');
    return !relative.startsWith('..') && ignore().add(exception.path).ignores(relative);
  };
}

/** Scans files and folders with the selected rules; returns findings and errors as data, never prints. */
export async function scanPaths(request: ScanRequest, registry: Registry<AnyRule>): Promise<ScanResult> {
  const { rules, unknownIds } = selectRules(registry, request.selection, request.config);
  const discovery = await discoverFiles(
    request.inputs,
    request.cwd,
    request.config.ignore,
    request.configRoot,
  );
  const errors: ReportError[] = [...discovery.errors];
  const loaded: LoadedFile[] = [];
  for (const file of discovery.files) {
    const result = await load(file, request);
    if ('kind' in result) loaded.push(result);
    else errors.push(result);
  }
  const parsed = new Map<LoadedFile, FileUnits>();
  const labelled = loaded.filter(
    (entry) => entry.kind === 'yaml' && entry.text.includes(namespaceLabelMarker),
  );
  for (const entry of labelled) parsed.set(entry, buildUnits(entry.text, entry.file.display, entry.kind));
  const namespaces = namespacePolicies([...parsed.values()].flatMap((units) => units.units));
  const coversFile = exceptionMatcher(request);
  const targets: ReportTarget[] = [];
  const findings: Finding[] = [];
  const settings = { pss: request.pss, namespaces, trustedRegistries: request.config.trustedRegistries };
  for (const entry of loaded) {
    const display = entry.file.display;
    const units = parsed.get(entry) ?? buildUnits(entry.text, display, entry.kind);
    parsed.delete(entry);
    if (units.targetType !== undefined) targets.push({ type: units.targetType, path: display });
    const suppression: SuppressionInputs = {
      directives: units.directives,
      exceptions: request.config.exceptions,
      exceptionCoversFile: coversFile(display),
      today: request.today,
    };
    const evaluation = evaluateFile(display, units, rules, settings, suppression);
    findings.push(...evaluation.findings);
    errors.push(...evaluation.errors);
  }
  const wanted = request.severities;
  const kept =
    wanted === undefined || wanted.length === 0
      ? findings
      : findings.filter((finding) => wanted.includes(finding.severity));
  return { targets, findings: kept, errors, unknownRuleIds: unknownIds };
}
