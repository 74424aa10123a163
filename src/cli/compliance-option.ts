import type { Finding, PssLevel, Registry, Report, Severity } from '../core/index.js';
import type { ComplianceFramework } from '../compliance/index.js';
import { complianceFrameworks, evaluateCompliance, isComplianceFramework } from '../compliance/index.js';
import type { Config } from '../engines/config/schema.js';
import type { RuleSelection } from '../engines/scan/select-rules.js';
import { selectRules } from '../engines/scan/select-rules.js';
import type { AnyRule } from '../rules/index.js';
import { ruleRegistry } from '../rules/index.js';
import { UsageError } from './io.js';

/** The help text of `--compliance <framework>`, shared by every command that offers it. */
export const complianceOptionHelp = `judge each control of a framework as pass, fail, manual or not assessed: ${complianceFrameworks.join('|')}`;

/** Validates `--compliance` before any work is done; an unknown framework is a usage error (exit 2). */
export function parseComplianceOption(text: string | undefined): ComplianceFramework | undefined {
  if (text === undefined) return undefined;
  if (!isComplianceFramework(text))
    throw new UsageError(`--compliance must be one of ${complianceFrameworks.join(', ')}, not ${text}`);
  return text;
}

export interface RunRuleFilters {
  /** The Pod Security level rules were judged at (`--pss` or the config); checks above it did not run. */
  pssLevel?: PssLevel;
  /** `--severity`: findings of other severities were dropped, so those rules cannot vouch for a pass. */
  severities?: readonly Severity[];
}

/**
 * The ids of the rules a command actually ran: `--rule`, `--skip-rule`, opt-in and config switches, minus the Pod
 * Security checks above the judged level and rules whose severity `--severity` filtered away.
 */
export function ranRuleIds(
  selection: RuleSelection,
  config: Config,
  filters: RunRuleFilters = {},
  registry: Registry<AnyRule> = ruleRegistry,
): string[] {
  const { pssLevel, severities } = filters;
  const ids: string[] = [];
  for (const { rule, severity } of selectRules(registry, selection, config).rules) {
    const checkLevel = rule.references.pss?.level;
    if (checkLevel !== undefined && pssLevel === 'privileged') continue;
    if (checkLevel === 'restricted' && pssLevel === 'baseline') continue;
    if (severities !== undefined && severities.length > 0 && !severities.includes(severity)) continue;
    ids.push(rule.id);
  }
  return ids;
}

export interface ComplianceScope {
  /** Ids of the rules that ran (see `ranRuleIds`). */
  ranRules: readonly string[];
  /**
   * The findings to judge by, when they differ from the report's: a `--baseline` hides known findings from the
   * report, but a control they break still fails.
   */
  findings?: readonly Finding[];
}

/**
 * Adds the compliance view of `framework` to a report (unchanged when `framework` is undefined). Commands call it
 * after building their report: `scan` today, and `cluster`, `host` and `node` alike. It never changes the exit code.
 */
export function attachCompliance(
  report: Report,
  framework: ComplianceFramework | undefined,
  scope: ComplianceScope,
): Report {
  if (framework === undefined) return report;
  const compliance = evaluateCompliance(framework, {
    findings: scope.findings ?? report.findings,
    rules: ruleRegistry.rules,
    selected: scope.ranRules,
    targets: report.targets,
  });
  return { ...report, compliance };
}
