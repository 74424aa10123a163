import ignore from 'ignore';
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

interface ResourceIdentity {
  kind: string;
  namespace?: string | undefined;
  name: string;
}

function resourceMatches(pattern: string, resource: ResourceIdentity): boolean {
  const { kind, namespace, name } = resource;
  const parts = pattern.split('/');
  if (parts.length === 1) return parts[0] === name;
  if (parts.length === 2) return parts[0] === kind && parts[1] === name;
  return parts[0] === kind && parts[1] === (namespace ?? '') && parts[2] === name;
}

function exceptionCandidates(
  ruleId: string,
  resource: ResourceIdentity,
  exceptions: readonly ConfigException[],
  coversFile: (exception: ConfigException) => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  for (const exception of exceptions) {
    if (exception.rule.toUpperCase() !== ruleId) continue;
    if (exception.resource !== undefined && !resourceMatches(exception.resource, resource)) continue;
    if (!coversFile(exception)) continue;
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
  found.push(...exceptionCandidates(ruleId, unit.resource, inputs.exceptions, inputs.exceptionCoversFile));
  return found;
}

/** Marks a finding suppressed when an unexpired suppression covers it; an expired one leaves it failing with a note. */
export function applySuppressions(
  finding: Finding,
  unit: ScanUnit,
  placement: Placement,
  inputs: SuppressionInputs,
): Finding {
  return settle(finding, candidates(finding.ruleId, unit, placement, inputs), inputs.today);
}

function settle(finding: Finding, found: readonly Candidate[], today: string): Finding {
  if (found.length === 0) return finding;
  const active = found.find(
    (candidate) => candidate.suppression.expires === undefined || candidate.suppression.expires >= today,
  );
  if (active !== undefined) return { ...finding, status: 'suppressed', suppression: active.suppression };
  const expired = found[0]?.suppression;
  return {
    ...finding,
    note: `suppression (${expired?.source}) expired on ${expired?.expires}: "${expired?.reason}"`,
  };
}

/**
 * `.bulwark.yaml` exceptions for findings made without a file of the scan (a node's files, a Docker host): matched
 * on the rule, the finding's resource, and for `path` on the finding's file (`/etc/docker/daemon.json`,
 * `docker:container/web`) as a gitignore pattern.
 */
export function applyConfigExceptions(
  findings: readonly Finding[],
  exceptions: readonly ConfigException[],
  today: string,
): Finding[] {
  if (exceptions.length === 0) return [...findings];
  return findings.map((finding) => {
    const file = (finding.location.file ?? '').replace(/^\/+/, '');
    const coversFile = (exception: ConfigException) =>
      exception.path === undefined || (file !== '' && ignore().add(exception.path).ignores(file));
    return settle(
      finding,
      exceptionCandidates(finding.ruleId, finding.resource, exceptions, coversFile),
      today,
    );
  });
}
