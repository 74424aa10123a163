import type { Finding, ReportError, Suppression, Violation } from '../../core/index.js';
import { fingerprintOf, formatPath } from '../../core/index.js';
import type { ImageView } from '../../sources/index.js';
import { findingOf, neutralRuleContext } from '../scan/finding-of.js';
import type { SelectedRule } from '../scan/select-rules.js';

export interface ImageEvaluation {
  findings: Finding[];
  errors: ReportError[];
}

function fieldPath(violation: Violation): string | undefined {
  if (violation.filePath !== undefined) return violation.filePath;
  if (violation.path === undefined || violation.path.length === 0) return undefined;
  return formatPath(violation.path);
}

/** Data that changes when an image is rebuilt or the database refreshed, without the finding changing. */
const unstableData: ReadonlySet<string> = new Set(['layer', 'digest', 'createdBy', 'fixed']);

/**
 * The fingerprint anchors on what was found and where inside the image, never on the reference, the layer digest
 * or a fixed version, so a rebuilt image with the same problem keeps its baseline entry.
 */
function anchorOf(violation: Violation, path: string | undefined): string {
  const data = violation.data ?? {};
  const stable = Object.keys(data)
    .filter((key) => !unstableData.has(key))
    .sort()
    .map((key) => `${key}=${String(data[key])}`)
    .join('\u0001');
  return `${path ?? ''}\u0000${violation.line ?? ''}\u0000${stable}`;
}

/** Decides whether a violation is suppressed by something outside the image (a VEX statement). */
export type ImageSuppressor = (ruleId: string, violation: Violation) => Suppression | undefined;

function toFinding(
  selected: SelectedRule,
  view: ImageView,
  violation: Violation,
  seen: Map<string, number>,
  suppressor: ImageSuppressor | undefined,
): Finding {
  const { rule } = selected;
  const path = fieldPath(violation);
  const baseAnchor = anchorOf(violation, path);
  const occurrence = (seen.get(baseAnchor) ?? 0) + 1;
  seen.set(baseAnchor, occurrence);
  const anchor = occurrence === 1 ? baseAnchor : `${baseAnchor}#${occurrence}`;
  const suppression = suppressor?.(rule.id, violation);
  return findingOf(selected, violation, {
    location: {
      file: view.image.reference,
      ...(violation.line === undefined ? {} : { startLine: violation.line }),
      ...(path === undefined ? {} : { path }),
      ...(violation.layer === undefined ? {} : { layer: violation.layer }),
    },
    resource: { kind: view.resource.kind, name: view.resource.name },
    fingerprint: fingerprintOf(rule.id, `image:${view.resource.name}`, anchor),
    ...(suppression === undefined ? {} : { suppression }),
  });
}

/** Runs every selected image rule on the view; a rule that throws becomes an error, never a crash. */
export function evaluateImage(
  view: ImageView,
  rules: readonly SelectedRule[],
  trustedRegistries: readonly string[],
  suppressor?: ImageSuppressor,
): ImageEvaluation {
  const context = neutralRuleContext(trustedRegistries);
  const findings: Finding[] = [];
  const errors: ReportError[] = [];
  const seen = new Map<string, number>();
  for (const selected of rules) {
    const { rule } = selected;
    if (rule.target !== 'image') continue;
    try {
      for (const violation of rule.check(view, context))
        findings.push(toFinding(selected, view, violation, seen, suppressor));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push({ file: view.image.reference, line: 0, message: `rule ${rule.id} failed: ${message}` });
    }
  }
  return { findings, errors };
}
