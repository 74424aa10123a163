import type { Finding, Suppression } from '../../core/index.js';
import type { IgnoreDirective } from '../../sources/index.js';
import type { ConfigException } from '../config/schema.js';
import type { Placement, ScanUnit } from './units.js';

export interface SuppressionInputs {
  directives: readonly IgnoreDirective[];
  exceptions: readonly ConfigException[];
  /** Whether a config exception's `path` pattern covers this file. */
  exceptionCoversFile(exception: ConfigException): boolean;
  /** Today as YYYY-MM-DD, injected so reports are deterministic. */
  today: string;
}

interface Candidate {
  suppression: Suppression;
}

function resourceMatches(pattern: string, unit: ScanUnit): boolean {
  const { kind, namespace, name } = unit.resource;
  const parts = pattern.split('/');
  if (parts.length === 1) return parts[0] === name;
  if (parts.length === 2) return parts[0] === kind && parts[1] === name;
  return parts[0] === kind && parts[1] === (namespace ?? '') && parts[2] === name;
}

function candidates(
  ruleId: string,
  unit: ScanUnit,
  placement: Placement,
  inputs: SuppressionInputs,
): Candidate[] {
  const found: Candidate[] = [];
  for (const directive of inputs.directives) {
    if (!directive.ruleIds.includes(ruleId) || !placement.ancestorLines.includes(directive.targetLine))
      continue;
    found.push({
      suppression: {
        source: 'inline',
        reason: directive.reason,
        ...(directive.expires ? { expires: directive.expires } : {}),
      },
    });
  }
  for (const ignore of unit.annotationIgnores) {
    if (ignore.ruleIds.includes(ruleId))
      found.push({ suppression: { source: 'annotation', reason: ignore.reason } });
  }
  for (const exception of inputs.exceptions) {
    if (exception.rule.toUpperCase() !== ruleId) continue;
    if (exception.resource !== undefined && !resourceMatches(exception.resource, unit)) continue;
    if (!inputs.exceptionCoversFile(exception)) continue;
    found.push({
      suppression: {
        source: 'config',
        reason: exception.reason,
        ...(exception.expires ? { expires: exception.expires } : {}),
      },
    });
  }
  return found;
}

/** Marks a finding suppressed when an unexpired suppression covers it; an expired one leaves it failing with a note. */
export function applySuppressions(
  finding: Finding,
  unit: ScanUnit,
  placement: Placement,
  inputs: SuppressionInputs,
): Finding {
  const found = candidates(finding.ruleId, unit, placement, inputs);
  if (found.length === 0) return finding;
  const active = found.find(
    (candidate) =>
      candidate.suppression.expires === undefined || candidate.suppression.expires >= inputs.today,
  );
  if (active !== undefined) return { ...finding, status: 'suppressed', suppression: active.suppression };
  const expired = found[0]?.suppression;
  return {
    ...finding,
    note: `suppression (${expired?.source}) expired on ${expired?.expires}: "${expired?.reason}"`,
  };
}
