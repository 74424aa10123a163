import type {
  ClusterIndex,
  Finding,
  Registry,
  ReportError,
  ReportTarget,
  Severity,
} from '../../core/index.js';
import { emptyClusterIndex } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import type { Config } from '../config/schema.js';
import { discoverFiles } from './discover.js';
import type { EvaluationInputs } from './evaluate-files.js';
import { loadFiles } from './load-files.js';
import { evaluateInParallel, startScanWorker } from './parallel.js';
import type { PssSettings } from './pss-context.js';
import { gatherCrossFileFacts } from './cross-file-facts.js';
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
  /** Every Kubernetes object cross-object analyses use, from the whole input. */
  cluster: ClusterIndex;
  /** Ids of the rules that judged something (see `Rule.judges`), sorted: what a compliance control may pass on. */
  judgedRuleIds: string[];
}

/**
 * Scans files and folders with the selected rules; returns findings and errors as data, never prints.
 * Namespaces with Pod Security labels and the early parts of the cluster index are read first (cheap text
 * pre-filter), since they decide how objects elsewhere are judged; then files are evaluated, on two threads when the
 * input is large, while every Kubernetes object is indexed; last, the cluster-judged objects (bindings) are judged
 * with the whole index.
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
    const loaded = await loadFiles(discovery.files, {
      maxFileSizeMB: request.config.maxFileSizeMB,
      readStdin: request.readStdin,
    });
    const { jobs } = loaded;
    const errors: ReportError[] = [...discovery.errors, ...loaded.errors];
    // Only the facts are kept: holding these files' parsed units for the whole scan would cost memory and time.
    const facts = gatherCrossFileFacts(jobs);
    const inputs: EvaluationInputs = {
      cwd: request.cwd,
      configRoot: request.configRoot,
      config: request.config,
      pss: request.pss,
      namespaces: [...facts.namespaces.entries()],
      selection: request.selection,
      today: request.today,
      cluster: facts.cluster,
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
      cluster: evaluated.gathered ?? emptyClusterIndex(),
      judgedRuleIds: [...new Set(evaluated.judged ?? [])].sort(),
    };
  } catch (error) {
    worker?.dispose();
    throw error;
  }
}
