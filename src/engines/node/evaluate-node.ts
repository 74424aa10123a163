import type { Finding, ReportError, Violation } from '../../core/index.js';
import { fingerprintOf, formatPath } from '../../core/index.js';
import type { NodeView } from '../../sources/index.js';
import { findingOf, neutralRuleContext } from '../scan/finding-of.js';
import type { SelectedRule } from '../scan/select-rules.js';

export interface NodeEvaluation {
  findings: Finding[];
  errors: ReportError[];
}

const nodeContext = neutralRuleContext();

/** A node rule names the file on the node in `filePath`; facts without a file of their own belong to the root. */
function toFinding(selected: SelectedRule, view: NodeView, violation: Violation): Finding {
  const { rule } = selected;
  const file = violation.filePath ?? '/';
  const field =
    violation.path === undefined || violation.path.length === 0 ? undefined : formatPath(violation.path);
  return findingOf(selected, violation, {
    location: { file, ...(field === undefined ? {} : { path: field }) },
    resource: { kind: view.resource.kind, name: view.resource.name },
    fingerprint: fingerprintOf(rule.id, `node:${file}`, `${field ?? ''}\u0000${violation.messageId}`),
  });
}

/** Runs every selected node rule on the view; a rule that throws becomes an error, never a crash. */
export function evaluateNode(view: NodeView, rules: readonly SelectedRule[]): NodeEvaluation {
  const findings: Finding[] = [];
  const errors: ReportError[] = [];
  for (const selected of rules) {
    const { rule } = selected;
    if (rule.target !== 'node') continue;
    try {
      for (const violation of rule.check(view, nodeContext))
        findings.push(toFinding(selected, view, violation));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push({ file: '/', line: 0, message: `rule ${rule.id} failed: ${message}` });
    }
  }
  return { findings, errors };
}
