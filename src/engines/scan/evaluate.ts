import type {
  ClusterIndex,
  Finding,
  PssEvaluation,
  ReportError,
  RuleContext,
  Violation,
} from '../../core/index.js';
import { fingerprintOf, pssCheckApplies, resourceRef } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import { createClusterIndexCollector } from '../../rules/kubernetes/cluster-utils/collect.js';
import { clusterSeenBy } from './early-view.js';
import { findingOf } from './finding-of.js';
import { indexSourceOf } from './index-source.js';
import type { NamespacePolicy, PssSettings } from './pss-context.js';
import { pssFor } from './pss-context.js';
import type { SelectedRule } from './select-rules.js';
import type { SuppressionInputs } from './suppress.js';
import { applySuppressions } from './suppress.js';
import type { FileUnits, ScanUnit } from './units.js';

export interface EvaluationSettings {
  pss: PssSettings;
  namespaces: ReadonlyMap<string, NamespacePolicy>;
  trustedRegistries: readonly string[];
  /** The scan's cluster index; without one, the file's own objects are indexed (single-file evaluation, tests). */
  cluster?: ClusterIndex;
}

function runRule(rule: AnyRule, unit: ScanUnit, context: RuleContext): Iterable<Violation> {
  switch (rule.target) {
    case 'dockerfile': {
      const view = unit.views.dockerfile;
      return view === undefined ? [] : rule.check(view, context);
    }
    case 'pod-spec': {
      const view = unit.views['pod-spec'];
      return view === undefined ? [] : rule.check(view, context);
    }
    case 'kubernetes-object': {
      const view = unit.views['kubernetes-object'];
      return view === undefined ? [] : rule.check(view, context);
    }
    case 'compose-service': {
      const view = unit.views['compose-service'];
      return view === undefined ? [] : rule.check(view, context);
    }
    case 'docker-daemon': {
      const view = unit.views['docker-daemon'];
      return view === undefined ? [] : rule.check(view, context);
    }
    case 'container': {
      const view = unit.views.container;
      return view === undefined ? [] : rule.check(view, context);
    }
    case 'image':
    case 'node':
      // Image and node rules run in their own engines, which build the view from layers or a node's files.
      return [];
  }
}

function kindApplies(rule: AnyRule, unit: ScanUnit): boolean {
  return rule.appliesTo.length === 0 || rule.appliesTo.includes(unit.resource.kind);
}

/**
 * Kubernetes rules see only the kinds their `appliesTo` names: with some two hundred rules, handing every object to
 * every rule (each parsing it with its own schema to find out it is not concerned) would cost a large scan seconds.
 */
function judgesKind(rule: AnyRule, unit: ScanUnit): boolean {
  return (rule.target !== 'kubernetes-object' && rule.target !== 'pod-spec') || kindApplies(rule, unit);
}

/** Whether the rule had something of its own to judge in this unit (see `Rule.judges`). */
function judgesUnit(rule: AnyRule, unit: ScanUnit): boolean {
  switch (rule.target) {
    case 'pod-spec': {
      const view = unit.views['pod-spec'];
      return view !== undefined && kindApplies(rule, unit) && (rule.judges?.(view) ?? true);
    }
    case 'kubernetes-object': {
      const view = unit.views['kubernetes-object'];
      return view !== undefined && kindApplies(rule, unit) && (rule.judges?.(view) ?? true);
    }
    case 'dockerfile':
      return unit.views.dockerfile !== undefined;
    case 'compose-service':
      return unit.views['compose-service'] !== undefined;
    case 'docker-daemon': {
      const view = unit.views['docker-daemon'];
      return view !== undefined && kindApplies(rule, unit) && (rule.judges?.(view) ?? true);
    }
    case 'container': {
      const view = unit.views.container;
      return view !== undefined && kindApplies(rule, unit) && (rule.judges?.(view) ?? true);
    }
    case 'image':
    case 'node':
      return false;
  }
}

const rulesByKind = new WeakMap<readonly SelectedRule[], Map<string, SelectedRule[]>>();

/** The rules that see objects of this kind, worked out once per rule list and kind. */
function rulesForKind(rules: readonly SelectedRule[], unit: ScanUnit): readonly SelectedRule[] {
  let byKind = rulesByKind.get(rules);
  if (byKind === undefined) {
    byKind = new Map();
    rulesByKind.set(rules, byKind);
  }
  const kind = unit.resource.kind;
  let list = byKind.get(kind);
  if (list === undefined) {
    list = rules.filter((selected) => judgesKind(selected.rule, unit));
    byKind.set(kind, list);
  }
  return list;
}

function ruleApplies(rule: AnyRule, pss: PssEvaluation): boolean {
  const level = rule.references.pss?.level;
  return level === undefined || pssCheckApplies(pss, level);
}

function toFinding(
  selected: SelectedRule,
  unit: ScanUnit,
  violation: Violation,
  file: string,
  suppression: SuppressionInputs,
  anchors: Map<string, number>,
): Finding {
  const { rule } = selected;
  const placement = unit.place(violation.path, violation.range);
  // Two findings of one rule on the same anchor (two secrets in one ENV) stay distinct by their order.
  const anchorKey = `${rule.id}\u0000${placement.anchor}`;
  const occurrence = (anchors.get(anchorKey) ?? 0) + 1;
  anchors.set(anchorKey, occurrence);
  const anchor = occurrence === 1 ? placement.anchor : `${placement.anchor}#${occurrence}`;
  const finding = findingOf(selected, violation, {
    location: {
      file,
      startLine: placement.range.startLine,
      startColumn: placement.range.startColumn,
      endLine: placement.range.endLine,
      endColumn: placement.range.endColumn,
      ...(placement.path === '' ? {} : { path: placement.path }),
    },
    resource: resourceRef(unit.resource),
    fingerprint: fingerprintOf(rule.id, unit.identity, anchor),
  });
  return applySuppressions(finding, unit, placement, suppression);
}

/** Indexes the objects of one file, reporting malformed ones, for an evaluation that has no scan-wide index. */
function indexOwnObjects(file: string, fileUnits: FileUnits, errors: ReportError[]): ClusterIndex {
  const collector = createClusterIndexCollector();
  for (const unit of fileUnits.units) {
    const source = indexSourceOf(unit);
    if (source === undefined) continue;
    for (const error of collector.add(source)) errors.push({ file, ...error });
  }
  return collector.build();
}

export interface FileEvaluation {
  findings: Finding[];
  errors: ReportError[];
  /** Ids of the rules that had something of their own to judge (see `Rule.judges`). */
  judged: string[];
}

/** Runs every selected rule on every unit of one file; a rule that throws becomes an error, never a crash. */
export function evaluateFile(
  file: string,
  fileUnits: FileUnits,
  rules: readonly SelectedRule[],
  settings: EvaluationSettings,
  suppression: SuppressionInputs,
): FileEvaluation {
  const findings: Finding[] = [];
  const errors: ReportError[] = fileUnits.errors.map((error) => ({ file, ...error }));
  const cluster = settings.cluster ?? indexOwnObjects(file, fileUnits, errors);
  const seen = new Set<string>();
  const judged = new Set<string>();
  for (const unit of fileUnits.units) {
    const anchors = new Map<string, number>();
    const pss = pssFor(unit.resource.namespace, settings.pss, settings.namespaces);
    const context: RuleContext = {
      pss,
      kubernetesVersion: pss.version,
      trustedRegistries: settings.trustedRegistries,
      cluster: clusterSeenBy(unit.resource.kind, cluster),
    };
    for (const selected of rulesForKind(rules, unit)) {
      if (!ruleApplies(selected.rule, pss)) continue;
      if (!judged.has(selected.rule.id) && judgesUnit(selected.rule, unit)) judged.add(selected.rule.id);
      try {
        for (const violation of runRule(selected.rule, unit, context)) {
          const finding = toFinding(selected, unit, violation, file, suppression, anchors);
          const key = `${finding.ruleId}:${finding.location.startLine}:${finding.location.startColumn}:${finding.location.path}:${finding.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          findings.push(finding);
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        errors.push({
          file,
          line: unit.resource.source.startLine ?? 1,
          message: `rule ${selected.rule.id} failed: ${message}`,
        });
      }
    }
  }
  return { findings, errors, judged: [...judged] };
}
