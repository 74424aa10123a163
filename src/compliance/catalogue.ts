import type { ControlAssessment, RuleMeta } from '../core/index.js';

export const complianceFrameworks = [
  'cis-docker-1.6',
  'cis-k8s',
  'pss-baseline',
  'pss-restricted',
  'nsa-cisa',
] as const;
export type ComplianceFramework = (typeof complianceFrameworks)[number];

export function isComplianceFramework(value: string): value is ComplianceFramework {
  return (complianceFrameworks as readonly string[]).includes(value);
}

export interface ControlDefinition {
  id: string;
  title: string;
  assessment: ControlAssessment;
}

/** What a catalogue needs to know of a rule to decide which of its controls the rule covers. */
export type RuleReferenceView = Pick<RuleMeta, 'id' | 'references'>;

export interface Catalogue {
  framework: ComplianceFramework;
  title: string;
  version: string;
  controls: readonly ControlDefinition[];
  /** The ids of the controls this rule covers (possibly none). */
  controlsCoveredBy(rule: RuleReferenceView): readonly string[];
}

/** `A` automated, `M` manual, as the framework itself labels the control. */
export type ControlRow = readonly [id: string, assessment: 'A' | 'M', title: string];

export function controlsFrom(rows: readonly ControlRow[]): ControlDefinition[] {
  return rows.map(([id, assessment, title]) => ({
    id,
    title,
    assessment: assessment === 'A' ? 'automated' : 'manual',
  }));
}

/** Control ids named by a rule's `references.cis` for one benchmark prefix (`docker-1.6`, `k8s-1.9`). */
export function cisControlsOf(rule: RuleReferenceView, benchmark: string): string[] {
  const prefix = `${benchmark}:`;
  return (rule.references.cis ?? [])
    .filter((reference) => reference.startsWith(prefix))
    .map((reference) => reference.slice(prefix.length));
}
