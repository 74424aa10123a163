import type { Finding, Registry, ReportError, ReportTarget, Severity } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import type { Config } from '../config/schema.js';
import { jsonWorthScanning, kindByContent } from './detect-kind.js';
import type { DiscoveredFile } from './discover.js';
import { discoverFiles } from './discover.js';
import type { EvaluationInputs, FileJob } from './evaluate-files.js';
import { evaluateInParallel, startScanWorker } from './parallel.js';
import type { PssSettings } from './pss-context.js';
import { gatherCrossFileFacts } from './cross-file-facts.js';
import type { ReadResult } from './read-input.js';
import { decodeText, readInput } from './read-input.js';
import type { RuleSelection } from './select-rules.js';
import { selectRules } from './select-rules.js';

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

async function load(file: DiscoveredFile, request: ScanRequest): Promise<FileJob | ReportError | undefined> {
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
  if (!file.explicit && !jsonWorthScanning(file.absolute, text)) return undefined;
  return {
    display: file.display,
    identityPath: file.identityPath,
    kind: file.kind ?? kindByContent(text),
    text,
  };
}

/** Small files dominate repositories: reading several at once hides the file system's latency. Order is kept. */
const concurrentReads = 16;

async function loadAll(
  files: readonly DiscoveredFile[],
  request: ScanRequest,
): Promise<(FileJob | ReportError | undefined)[]> {
  const results: (FileJob | ReportError | undefined)[] = new Array<FileJob | ReportError | undefined>(
    files.length,
  );
  let next = 0;
  async function reader(): Promise<void> {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index];
      if (file !== undefined) results[index] = await load(file, request);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrentReads, files.length) }, () => reader()));
  return results;
}

/**
 * Scans files and folders with the selected rules; returns findings and errors as data, never prints.
 * Namespaces with Pod Security labels are read first (cheap text pre-filter), since they decide how pods elsewhere
 * are judged; then files are evaluated, on two threads when the input is large.
 */
export async function scanPaths(request: ScanRequest, registry: Registry<AnyRule>): Promise<ScanResult> {
  const { unknownIds } = selectRules(registry, request.selection, request.config);
  const discovery = await discoverFiles(
    request.inputs,
    request.cwd,
    request.config.ignore,
    request.configRoot,
  );
  const worker = startScanWorker(discovery.files.length);
  try {
    const errors: ReportError[] = [...discovery.errors];
    const jobs: FileJob[] = [];
    for (const loaded of await loadAll(discovery.files, request)) {
      if (loaded === undefined) continue;
      if ('kind' in loaded) jobs.push(loaded);
      else errors.push(loaded);
    }
    // Only the facts are kept: holding these files' parsed units for the whole scan would cost memory and time.
    const { namespaces, serviceAccounts } = gatherCrossFileFacts(jobs);
    const inputs: EvaluationInputs = {
      cwd: request.cwd,
      configRoot: request.configRoot,
      config: request.config,
      pss: request.pss,
      namespaces: [...namespaces.entries()],
      serviceAccounts: [...serviceAccounts.entries()],
      selection: request.selection,
      today: request.today,
    };
    const evaluated = await evaluateInParallel(jobs, inputs, registry, worker);
    const wanted = request.severities;
    const findings =
      wanted === undefined || wanted.length === 0
        ? evaluated.findings
        : evaluated.findings.filter((finding) => wanted.includes(finding.severity));
    return {
      targets: evaluated.targets,
      findings,
      errors: [...errors, ...evaluated.errors],
      unknownRuleIds: unknownIds,
    };
  } catch (error) {
    worker?.dispose();
    throw error;
  }
}
