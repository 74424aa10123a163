import type { Finding, Report, Severity } from '../core/index.js';
import { severities } from '../core/index.js';
import { showControlCharacters as clean } from './control-characters.js';
import { resourceLabel } from './describe.js';
import type { Reporter } from './reporter.js';

const colours: Record<Severity, string> = {
  critical: '\u001b[1;35m',
  high: '\u001b[31m',
  medium: '\u001b[33m',
  low: '\u001b[36m',
  info: '\u001b[2m',
};
const reset = '\u001b[0m';
const dim = '\u001b[2m';

function paint(text: string, code: string, color: boolean): string {
  return color ? `${code}${text}${reset}` : text;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const file = finding.location.file ?? '(no file)';
    const group = groups.get(file) ?? [];
    group.push(finding);
    groups.set(file, group);
  }
  return groups;
}

function findingLine(finding: Finding, color: boolean): string[] {
  const where = `${finding.location.startLine ?? '-'}:${finding.location.startColumn ?? '-'}`;
  const severity = paint(finding.severity.toUpperCase().padEnd(8), colours[finding.severity], color);
  const suppressed = finding.status === 'suppressed' ? paint(' [suppressed]', dim, color) : '';
  const lines = [
    `  ${where.padEnd(8)} ${severity} ${clean(finding.ruleId)}  ${clean(finding.message)}${suppressed}`,
  ];
  const resource = clean(resourceLabel(finding.resource));
  const detail = finding.location.path ? `${resource} ${clean(finding.location.path)}` : resource;
  lines.push(paint(`  ${''.padEnd(8)} ${''.padEnd(8)} ${detail}`, dim, color));
  const suppression = finding.suppression;
  if (suppression) {
    const expiry = suppression.expires === undefined ? '' : `, expires ${clean(suppression.expires)}`;
    lines.push(
      paint(
        `  ${''.padEnd(17)} suppressed (${clean(suppression.source)}${expiry}): ${clean(suppression.reason)}`,
        dim,
        color,
      ),
    );
  }
  if (finding.note) lines.push(paint(`  ${''.padEnd(17)} note: ${clean(finding.note)}`, dim, color));
  return lines;
}

function summaryLine(report: Report, color: boolean): string {
  const parts = severities.map((severity) =>
    paint(
      `${report.summary[severity]} ${severity}`,
      colours[severity],
      color && report.summary[severity] > 0,
    ),
  );
  const files = new Set(report.targets.map((target) => target.path)).size;
  const errors = report.errors.length === 1 ? '1 error' : `${report.errors.length} errors`;
  return `${parts.join(', ')}; ${report.summary.suppressed} suppressed; ${errors}; ${files} file${files === 1 ? '' : 's'} scanned`;
}

/**
 * Human table: findings grouped by file as `line:column SEVERITY RULE message`, errors, then one summary line. Every
 * text taken from the report shows its control characters as `\xNN`, so only the table's own colours reach the
 * terminal.
 */
export const renderTable: Reporter = (report, options) => {
  const out: string[] = [];
  for (const [file, findings] of groupByFile(report.findings)) {
    out.push(paint(clean(file), '\u001b[1m', options.color));
    for (const finding of findings) out.push(...findingLine(finding, options.color));
    out.push('');
  }
  if (report.errors.length > 0) {
    out.push(paint('Errors', '\u001b[1;31m', options.color));
    for (const error of report.errors) {
      const where = error.column === undefined ? `${error.line}` : `${error.line}:${error.column}`;
      out.push(`  ${clean(error.file)}:${where}  ${clean(error.message)}`);
    }
    out.push('');
  }
  if (report.findings.length === 0 && report.errors.length === 0) out.push('No findings.');
  out.push(summaryLine(report, options.color));
  return `${out.join('\n')}\n`;
};
