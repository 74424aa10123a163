import type { Finding, LayerRef, Report, Severity } from '../core/index.js';
import { severities } from '../core/index.js';
import { complianceTable } from './compliance-table.js';
import { showControlCharacters as clean } from './control-characters.js';
import { coverageBlock } from './coverage-block.js';
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

/** `sha256:` and the first 12 hex digits, as `docker images` shortens ids; other digests are left whole. */
export function shortDigest(digest: string): string {
  const match = /^(?<algorithm>sha256|sha512):(?<hex>[a-f0-9]{12})[a-f0-9]+$/.exec(digest);
  return match?.groups === undefined ? digest : `${match.groups['algorithm']}:${match.groups['hex']}`;
}

/** `layer sha256:0123456789ab`, and the step that made it (`RUN apt-get …`), shortened to one line. */
export function layerLabel(layer: LayerRef, createdByLimit = 72): string {
  const label = `layer ${shortDigest(layer.digest)}`;
  if (layer.createdBy === undefined) return label;
  const step = layer.createdBy.replace(/\s+/g, ' ').trim();
  if (step === '') return label;
  return `${label} (${step.length <= createdByLimit ? step : `${step.slice(0, createdByLimit - 1)}…`})`;
}

/**
 * Where a finding is: `line:column` in a scanned file; inside an image, the path of the file in the image (and its
 * line), since the reference has no lines.
 */
function whereOf(finding: Finding): string {
  const { location } = finding;
  if (location.layer === undefined) return `${location.startLine ?? '-'}:${location.startColumn ?? '-'}`;
  const path = location.path ?? '-';
  return location.startLine === undefined ? path : `${path}:${location.startLine}`;
}

function detailOf(finding: Finding): string {
  if (finding.location.layer !== undefined) return clean(layerLabel(finding.location.layer));
  const resource = clean(resourceLabel(finding.resource));
  return finding.location.path ? `${resource} ${clean(finding.location.path)}` : resource;
}

/** The location column is as wide as its longest entry in the group, and never narrower than `line:column`. */
function whereWidth(findings: readonly Finding[]): number {
  let width = 8;
  for (const finding of findings) width = Math.max(width, clean(whereOf(finding)).length);
  return width;
}

function findingLine(finding: Finding, color: boolean, width: number): string[] {
  const where = clean(whereOf(finding));
  const severity = paint(finding.severity.toUpperCase().padEnd(8), colours[finding.severity], color);
  const suppressed = finding.status === 'suppressed' ? paint(' [suppressed]', dim, color) : '';
  const lines = [
    `  ${where.padEnd(width)} ${severity} ${clean(finding.ruleId)}  ${clean(finding.message)}${suppressed}`,
  ];
  const indent = `  ${''.padEnd(width)} ${''.padEnd(8)} `;
  lines.push(paint(`${indent}${detailOf(finding)}`, dim, color));
  const suppression = finding.suppression;
  if (suppression) {
    const expiry = suppression.expires === undefined ? '' : `, expires ${clean(suppression.expires)}`;
    lines.push(
      paint(
        `${indent}suppressed (${clean(suppression.source)}${expiry}): ${clean(suppression.reason)}`,
        dim,
        color,
      ),
    );
  }
  if (finding.note) lines.push(paint(`${indent}note: ${clean(finding.note)}`, dim, color));
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
  const errors = report.errors.length === 1 ? '1 error' : `${report.errors.length} errors`;
  return `${parts.join(', ')}; ${report.summary.suppressed} suppressed; ${errors}; ${scannedLabel(report)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `3 files scanned`; images are counted as images, not files. */
function scannedLabel(report: Report): string {
  const images = new Set(
    report.targets.filter((target) => target.type === 'image').map((target) => target.path),
  );
  const files = new Set(
    report.targets.filter((target) => target.type !== 'image').map((target) => target.path),
  );
  const parts = images.size === 0 ? [] : [plural(images.size, 'image')];
  if (files.size > 0 || images.size === 0) parts.push(plural(files.size, 'file'));
  return `${parts.join(' and ')} scanned`;
}

/** Vulnerabilities by severity; those a VEX statement covers are counted apart, as they do not apply. */
function vulnerabilityCounts(report: Report, color: boolean): string {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  let notAffected = 0;
  for (const match of report.vulnerabilities ?? []) {
    if (match.vex === undefined) counts[match.severity] += 1;
    else notAffected += 1;
  }
  const parts = severities.map((severity) =>
    paint(`${counts[severity]} ${severity}`, colours[severity], color && counts[severity] > 0),
  );
  return `${parts.join(', ')}; ${notAffected} not affected (VEX)`;
}

/** What was scanned, before the findings: reference and digest, OS, layers, packages, vulnerabilities. */
function imageHeader(report: Report, color: boolean): string[] {
  const image = report.image;
  if (image === undefined) return [];
  const digest = image.manifestDigest === undefined ? '' : ` ${shortDigest(image.manifestDigest)}`;
  const platform = image.platform === undefined ? '' : ` (${image.platform})`;
  const os =
    image.os === undefined
      ? 'unknown'
      : (image.os.prettyName ?? `${image.os.id} ${image.os.versionId ?? ''}`.trim());
  const lines = [
    paint(`Image ${clean(image.reference)}`, '\u001b[1m', color),
    `  digest           ${clean(`${digest.trim() || 'unknown'}${platform}`)}`,
    `  os               ${clean(os)}`,
    `  layers           ${image.layers.length}`,
  ];
  if (report.packages !== undefined) lines.push(`  packages         ${report.packages.length}`);
  if (report.vulnerabilities !== undefined)
    lines.push(`  vulnerabilities  ${vulnerabilityCounts(report, color)}`);
  lines.push('');
  return lines;
}

/**
 * Human table: for an image, a header saying what was scanned; findings grouped by file as `line:column SEVERITY
 * RULE message` (inside an image, the file's path and its layer instead), errors, notes, then one summary line. Every
 * text taken from the report shows its control characters as `\xNN`, so only the table's own colours reach the
 * terminal.
 */
export const renderTable: Reporter = (report, options) => {
  const out: string[] = [...imageHeader(report, options.color)];
  for (const [file, findings] of groupByFile(report.findings)) {
    out.push(paint(clean(file), '\u001b[1m', options.color));
    const width = whereWidth(findings);
    for (const finding of findings) out.push(...findingLine(finding, options.color, width));
    out.push('');
  }
  if (report.errors.length > 0) {
    out.push(paint('Errors', '\u001b[1;31m', options.color));
    for (const error of report.errors) {
      // Line 0: the error concerns the whole input (an image, a layer), not a line of it.
      const where =
        error.line < 1 ? '' : `:${error.column === undefined ? error.line : `${error.line}:${error.column}`}`;
      out.push(`  ${clean(error.file)}${where}  ${clean(error.message)}`);
    }
    out.push('');
  }
  out.push(...coverageBlock(report));
  if (report.notes !== undefined && report.notes.length > 0) {
    out.push(paint('Notes', '\u001b[1m', options.color));
    for (const note of report.notes) out.push(`  ${clean(note)}`);
    out.push('');
  }
  out.push(...complianceTable(report.compliance, options.color));
  if (report.findings.length === 0 && report.errors.length === 0) out.push('No findings.');
  out.push(summaryLine(report, options.color));
  return `${out.join('\n')}\n`;
};
