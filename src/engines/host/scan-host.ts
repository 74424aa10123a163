import type { Finding, ReportError, ReportTarget, Severity } from '../../core/index.js';
import { ruleRegistry } from '../../rules/index.js';
import type { Config } from '../config/schema.js';
import type { RuleSelection } from '../scan/select-rules.js';
import { selectRules } from '../scan/select-rules.js';
import { applyConfigExceptions } from '../scan/suppress.js';
import type { HostDependencies } from './inspect-host.js';
import { inspectHost } from './inspect-host.js';
import { evaluateHost } from './judge-host.js';

export interface HostScanRequest extends HostDependencies {
  config: Config;
  selection: RuleSelection;
  severities?: readonly Severity[];
  /** Today as YYYY-MM-DD, for the expiry of `.bulwark.yaml` exceptions. */
  today: string;
}

export interface HostScanResult {
  targets: ReportTarget[];
  findings: Finding[];
  errors: ReportError[];
  notes: string[];
  unknownRuleIds: string[];
  /** How many containers and images were judged, for the summary line and the benchmark. */
  counts: { containers: number; images: number };
}

/** `bulwark host`: reads the daemon, its files, containers and images, then judges them in one evaluation. */
export async function scanHost(request: HostScanRequest): Promise<HostScanResult> {
  const selected = selectRules(ruleRegistry, request.selection, request.config);
  const inspection = await inspectHost(request);
  const evaluated = evaluateHost(inspection, selected.rules, request.config.trustedRegistries ?? []);
  const wanted = request.severities;
  const judged = applyConfigExceptions(evaluated.findings, request.config.exceptions, request.today);
  const findings =
    wanted === undefined ? judged : judged.filter((finding) => wanted.includes(finding.severity));
  return {
    targets: [{ type: 'daemon', path: inspection.endpoint }],
    findings,
    errors: [...inspection.errors, ...evaluated.errors],
    notes: inspection.notes,
    unknownRuleIds: selected.unknownIds,
    counts: { containers: inspection.engine.containers.length, images: inspection.engine.images.length },
  };
}
