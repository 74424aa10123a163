import type { ComplianceResult, ControlResult, ControlStatus, Finding, RuleMeta } from '../core/index.js';
import type { Catalogue, ComplianceFramework, ControlDefinition } from './catalogue.js';
import { catalogueFor } from './catalogues.js';
import { compareControlIds } from './control-order.js';
import { reportTargetsFor } from './rule-targets.js';

export interface ComplianceInputs {
  findings: readonly Pick<Finding, 'ruleId' | 'status'>[];
  /** Every rule the tool knows, so a control covered by a rule that did not run is told apart from a manual one. */
  rules: readonly Pick<RuleMeta, 'id' | 'target' | 'references'>[];
  /** Ids of the rules that ran; all of `rules` when omitted. */
  selected?: readonly string[];
  /** The report's targets: what kinds of input were scanned. */
  targets: readonly { type: string }[];
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function coverageOf(catalogue: Catalogue, rules: ComplianceInputs['rules']): Map<string, string[]> {
  const covering = new Map<string, string[]>();
  for (const rule of rules)
    for (const control of catalogue.controlsCoveredBy(rule))
      covering.set(control, [...(covering.get(control) ?? []), rule.id]);
  return covering;
}

/** Rules that ran on at least one input of their kind: only these can make a control pass. */
function rulesThatLooked(inputs: ComplianceInputs): Set<string> {
  const scanned = new Set(inputs.targets.map((target) => target.type));
  const selected = inputs.selected === undefined ? undefined : new Set(inputs.selected);
  const looked = new Set<string>();
  for (const rule of inputs.rules) {
    if (selected !== undefined && !selected.has(rule.id)) continue;
    if (reportTargetsFor[rule.target].some((type) => scanned.has(type))) looked.add(rule.id);
  }
  return looked;
}

interface RuleTally {
  failing: number;
  suppressed: number;
}

/** Findings counted once per rule, so judging a control costs its rules, not the whole finding list. */
function tallyByRule(findings: ComplianceInputs['findings']): Map<string, RuleTally> {
  const tallies = new Map<string, RuleTally>();
  for (const finding of findings) {
    const tally = tallies.get(finding.ruleId) ?? { failing: 0, suppressed: 0 };
    if (finding.status === 'fail') tally.failing += 1;
    else tally.suppressed += 1;
    tallies.set(finding.ruleId, tally);
  }
  return tallies;
}

function judgeControl(
  control: ControlDefinition,
  covering: readonly string[],
  tallies: ReadonlyMap<string, RuleTally>,
  looked: ReadonlySet<string>,
): ControlResult {
  const rules = sortedUnique(covering);
  let failing = 0;
  let suppressed = 0;
  const failedRules: string[] = [];
  for (const id of rules) {
    const tally = tallies.get(id);
    if (tally === undefined) continue;
    failing += tally.failing;
    suppressed += tally.suppressed;
    if (tally.failing > 0) failedRules.push(id);
  }
  const base = { id: control.id, title: control.title, assessment: control.assessment };
  const extra = suppressed > 0 ? { suppressed } : {};
  if (failing > 0) return { ...base, status: 'fail', rules, findings: failing, failedRules, ...extra };
  if (rules.length === 0) return { ...base, status: 'manual', rules };
  const status: ControlStatus = rules.some((id) => looked.has(id)) ? 'pass' : 'not-assessed';
  return { ...base, status, rules, ...extra };
}

function scoreOf(counts: Record<ControlStatus, number>): number | null {
  const judged = counts.pass + counts.fail;
  return judged === 0 ? null : Math.round((counts.pass * 1000) / judged) / 10;
}

/**
 * Judges every control of a framework from a scan's findings. A control fails when a covering rule has a failing
 * finding, passes when a covering rule ran on input of its kind and found nothing, is `manual` when no rule covers
 * it, and `not-assessed` when rules cover it but none of them saw anything to judge.
 */
export function evaluateCompliance(
  framework: ComplianceFramework,
  inputs: ComplianceInputs,
): ComplianceResult {
  const catalogue = catalogueFor(framework);
  const covering = coverageOf(catalogue, inputs.rules);
  const looked = rulesThatLooked(inputs);
  const tallies = tallyByRule(inputs.findings);
  const controls = [...catalogue.controls]
    .sort((a, b) => compareControlIds(a.id, b.id))
    .map((control) => judgeControl(control, covering.get(control.id) ?? [], tallies, looked));
  const counts: Record<ControlStatus, number> = { fail: 0, pass: 0, manual: 0, 'not-assessed': 0 };
  for (const control of controls) counts[control.status] += 1;
  return {
    framework: catalogue.framework,
    title: catalogue.title,
    version: catalogue.version,
    score: scoreOf(counts),
    counts,
    controls,
  };
}
