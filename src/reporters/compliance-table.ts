import type { ComplianceResult, ControlResult, ControlStatus } from '../core/index.js';
import { showControlCharacters as clean } from './control-characters.js';

const reset = '\u001b[0m';
const dim = '\u001b[2m';

const statusColours: Record<ControlStatus, string> = {
  fail: '\u001b[31m',
  pass: '\u001b[32m',
  manual: dim,
  'not-assessed': dim,
};

function paint(text: string, code: string, color: boolean): string {
  return color ? `${code}${text}${reset}` : text;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `85.7% (6 pass, 1 fail; 3 manual, 2 not assessed)`: the score counts only what was judged. */
export function complianceScoreLine(compliance: ComplianceResult): string {
  const { counts, score } = compliance;
  const judged = `${counts.pass} pass, ${counts.fail} fail; ${counts.manual} manual, ${counts['not-assessed']} not assessed`;
  return `${score === null ? 'no score' : `${score}%`} (${judged})`;
}

/** What stands behind a status: the failing rules and their findings, or the rules that cover the control. */
export function controlEvidence(control: ControlResult): string {
  const suppressed = control.suppressed === undefined ? '' : `; ${control.suppressed} suppressed`;
  if (control.status === 'fail')
    return `${plural(control.findings ?? 0, 'finding')}: ${(control.failedRules ?? []).join(', ')}${suppressed}`;
  if (control.status === 'manual') return 'no rule covers it: check by hand';
  if (control.status === 'not-assessed') return `nothing scanned for ${control.rules.join(', ')}`;
  return `${control.rules.join(', ')}${suppressed}`;
}

/** The `--compliance` block of the table: a heading with the score, then one line per control. */
export function complianceTable(compliance: ComplianceResult | undefined, color: boolean): string[] {
  if (compliance === undefined) return [];
  const width = Math.max(...compliance.controls.map((control) => clean(control.id).length), 7);
  const lines = [
    paint(
      `Compliance: ${clean(compliance.title)} ${clean(compliance.version)} (${clean(compliance.framework)})`,
      '\u001b[1m',
      color,
    ),
    `  score ${complianceScoreLine(compliance)}`,
  ];
  for (const control of compliance.controls) {
    const status = paint(control.status.toUpperCase().padEnd(12), statusColours[control.status], color);
    lines.push(`  ${clean(control.id).padEnd(width)} ${status} ${clean(control.title)}`);
    // Only failures get a second line: the table stays one line per control unless something needs fixing.
    if (control.status === 'fail')
      lines.push(
        paint(`  ${''.padEnd(width)} ${''.padEnd(12)} ${clean(controlEvidence(control))}`, dim, color),
      );
  }
  lines.push('');
  return lines;
}
