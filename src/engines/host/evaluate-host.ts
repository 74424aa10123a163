import type { Finding, Location, ReportError, RuleContext, Violation } from '../../core/index.js';
import { fingerprintOf, resourceRef } from '../../core/index.js';
import { dockerClientKind } from '../../rules/host/content-trust-disabled.js';
import type { AnyRule } from '../../rules/index.js';
import type { DockerContainerView, DockerDaemonView } from '../../sources/index.js';
import { findingOf, neutralRuleContext } from '../scan/finding-of.js';
import type { SelectedRule } from '../scan/select-rules.js';

/** Where a violation of a unit points: a daemon.json line, a dockerd flag's column, a container field path. */
export type PlaceViolation = (violation: Violation) => Location;

/** One thing on the host that rules judge, with the target its rules have. */
export type HostUnit =
  | { target: 'docker-daemon'; view: DockerDaemonView; identity: string; file: string; place: PlaceViolation }
  | { target: 'container'; view: DockerContainerView; identity: string; file: string; place: PlaceViolation };

export interface HostEvaluation {
  findings: Finding[];
  errors: ReportError[];
}

function runRule(rule: AnyRule, unit: HostUnit, context: RuleContext): Iterable<Violation> {
  if (rule.target !== unit.target) return [];
  switch (unit.target) {
    case 'docker-daemon':
      return rule.target === 'docker-daemon' ? rule.check(unit.view, context) : [];
    case 'container':
      return rule.target === 'container' ? rule.check(unit.view, context) : [];
  }
}

/**
 * Rules written for one kind of daemon-shaped view (the client environment) judge only that kind, and the daemon
 * rules never judge the client environment.
 */
function judges(rule: AnyRule, unit: HostUnit): boolean {
  const kind = unit.view.resource.kind;
  const exclusive =
    rule.appliesTo.length > 0 && rule.appliesTo.every((applies) => applies === dockerClientKind);
  if (kind === dockerClientKind) return rule.appliesTo.includes(kind);
  return !exclusive;
}

function toFinding(
  selected: SelectedRule,
  unit: HostUnit,
  violation: Violation,
  seen: Map<string, number>,
): Finding {
  const { rule } = selected;
  const location = unit.place(violation);
  const data = violation.data ?? {};
  const stable = Object.keys(data)
    .sort()
    .map((key) => `${key}=${String(data[key])}`)
    .join('\u0001');
  const base = `${location.path ?? ''}\u0000${stable}`;
  const occurrence = (seen.get(`${rule.id}\u0000${base}`) ?? 0) + 1;
  seen.set(`${rule.id}\u0000${base}`, occurrence);
  return findingOf(selected, violation, {
    location,
    resource: resourceRef(unit.view.resource),
    fingerprint: fingerprintOf(rule.id, unit.identity, occurrence === 1 ? base : `${base}#${occurrence}`),
  });
}

/** Runs every selected daemon and container rule on every host unit; a rule that throws becomes an error. */
export function evaluateHostUnits(
  units: readonly HostUnit[],
  rules: readonly SelectedRule[],
  trustedRegistries: readonly string[],
): HostEvaluation {
  const context = neutralRuleContext(trustedRegistries);
  const findings: Finding[] = [];
  const errors: ReportError[] = [];
  for (const unit of units) {
    const seen = new Map<string, number>();
    for (const selected of rules) {
      if (selected.rule.target !== unit.target || !judges(selected.rule, unit)) continue;
      try {
        for (const violation of runRule(selected.rule, unit, context))
          findings.push(toFinding(selected, unit, violation, seen));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        errors.push({ file: unit.file, line: 0, message: `rule ${selected.rule.id} failed: ${message}` });
      }
    }
  }
  return { findings, errors };
}
