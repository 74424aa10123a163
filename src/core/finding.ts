import { createHash } from 'node:crypto';
import type { Location } from './location.js';
import { compareLocations } from './location.js';
import type { ResourceRef } from './resource.js';
import type { References } from './rule.js';
import type { Severity } from './severity.js';

export interface Suppression {
  source: 'inline' | 'annotation' | 'config' | 'baseline' | 'vex';
  reason: string;
  expires?: string;
}

export interface Finding {
  ruleId: string;
  slug: string;
  severity: Severity;
  title: string;
  /** Which of the rule's messages fired; stable for tooling while the wording may change. */
  messageId: string;
  message: string;
  location: Location;
  resource: ResourceRef;
  references: References;
  status: 'fail' | 'suppressed';
  suppression?: Suppression;
  /** Set when a suppression matched but had expired, so the finding fires again and says why. */
  note?: string;
  fingerprint: string;
}

/**
 * Stable across line moves: rule, resource identity and field path, never the line. For line-based sources the
 * caller passes a content anchor (the instruction text) as `anchor` so editing elsewhere keeps the fingerprint.
 */
export function fingerprintOf(ruleId: string, identity: string, anchor: string): string {
  return createHash('sha256').update(`${ruleId}\u0000${identity}\u0000${anchor}`).digest('hex').slice(0, 32);
}

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

function compareNumber(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0);
}

/** The report order of DESIGN.md: file, line, column, rule id; then layer, field path and fingerprint for ties. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    compareNumber(a.location.startLine, b.location.startLine) ||
    compareNumber(a.location.startColumn, b.location.startColumn) ||
    compareText(a.ruleId, b.ruleId) ||
    compareLocations(a.location, b.location) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}
