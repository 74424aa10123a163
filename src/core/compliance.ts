/**
 * A compliance view of a report: each control of one framework judged from the findings of the rules that cover it.
 * `manual` means no rule covers the control, so a person must judge it; it never counts as passed.
 * `not-assessed` means rules cover it but nothing of their kind was scanned (daemon controls on a manifest scan).
 */
export const controlStatuses = ['fail', 'pass', 'manual', 'not-assessed'] as const;
export type ControlStatus = (typeof controlStatuses)[number];

/** How the framework itself says the control is checked. */
export type ControlAssessment = 'automated' | 'manual';

export interface ControlResult {
  id: string;
  title: string;
  assessment: ControlAssessment;
  status: ControlStatus;
  /** Every rule that covers the control, sorted; empty for `manual`. */
  rules: string[];
  /** `fail` only: how many failing findings, and which rules produced them. */
  findings?: number;
  failedRules?: string[];
  /** Findings of covering rules that a suppression silenced; they do not fail the control. */
  suppressed?: number;
}

export interface ComplianceResult {
  framework: string;
  title: string;
  version: string;
  /** pass / (pass + fail) as a percentage with one decimal; null when nothing passed or failed. */
  score: number | null;
  counts: Record<ControlStatus, number>;
  controls: ControlResult[];
}
