import type { Finding, Report, RuleMeta, Severity } from '../../core/index.js';
import { severities } from '../../core/index.js';
import { locationLabel, referenceEntries, ruleHelpUri } from '../describe.js';
import { layerLabel } from '../table.js';
import { escapeHtml, externalLink } from './escape.js';

/** Page fragments; every value from the report passes through `escapeHtml` exactly once, here. */

function card(count: number, label: string, className: string): string {
  return `<div class="card ${className}"><span class="count">${count}</span><span class="label">${escapeHtml(label)}</span></div>`;
}

/** What was scanned: images when every target is one, files otherwise. */
export function scannedCount(report: Report): { count: number; noun: 'file' | 'image' } {
  const paths = new Set(report.targets.map((target) => target.path));
  const onlyImages = report.targets.length > 0 && report.targets.every((target) => target.type === 'image');
  return { count: paths.size, noun: onlyImages ? 'image' : 'file' };
}

export function summaryCards(report: Report): string {
  const scanned = scannedCount(report);
  const cards = severities.map((severity) => card(report.summary[severity], severity, `sev-${severity}`));
  cards.push(
    card(report.summary.suppressed, 'suppressed', 'suppressed'),
    card(report.errors.length, 'errors', 'errors'),
    card(scanned.count, `${scanned.noun}s scanned`, 'files'),
  );
  return `<section class="cards" aria-label="Summary">\n${cards.join('\n')}\n</section>`;
}

export function errorsSection(report: Report): string {
  if (report.errors.length === 0) return '';
  const rows = report.errors.map((error) => {
    // Line 0: the error concerns the whole input (an image, a layer), not a line of it.
    const where =
      error.line < 1 ? '' : error.column === undefined ? `${error.line}` : `${error.line}:${error.column}`;
    return `<tr><td><code>${escapeHtml(error.file)}</code></td><td>${escapeHtml(where)}</td><td>${escapeHtml(error.message)}</td></tr>`;
  });
  return [
    `<section id="errors" aria-labelledby="errors-title">`,
    `<h2 id="errors-title">Errors (${report.errors.length})</h2>`,
    `<p class="meta">These inputs could not be read or parsed; their findings are missing from this report.</p>`,
    `<div class="panel"><table class="errors">`,
    `<thead><tr><th>File</th><th>Line</th><th>Problem</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    `</table></div>`,
    `</section>`,
  ].join('\n');
}

function countBy(findings: readonly Finding[], key: (finding: Finding) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function option(value: string, label: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
}

export function filterForm(report: Report): string {
  const visibleBySeverity = new Map<Severity, number>();
  for (const finding of report.findings)
    if (finding.status === 'fail')
      visibleBySeverity.set(finding.severity, (visibleBySeverity.get(finding.severity) ?? 0) + 1);
  const severityBoxes = severities.map(
    (severity) =>
      `<label class="check"><input type="checkbox" name="severity" value="${severity}" checked> <span class="badge sev-${severity}">${severity}</span> <span class="facet" data-facet="${severity}">${visibleBySeverity.get(severity) ?? 0}</span></label>`,
  );
  const slugs = new Map(report.findings.map((finding) => [finding.ruleId, finding.slug]));
  const ruleOptions = [...countBy(report.findings, (finding) => finding.ruleId)].map(([id, count]) =>
    option(id, `${id} ${slugs.get(id) ?? ''} (${count})`),
  );
  const fileOptions = [...countBy(report.findings, (finding) => finding.location.file ?? '')].map(
    ([file, count]) => option(file, `${file === '' ? '(no file)' : file} (${count})`),
  );
  return [
    `<form id="filters" class="filters panel" aria-label="Filter findings">`,
    `<fieldset><legend>Severity</legend>${severityBoxes.join('')}</fieldset>`,
    `<label class="field"><span>Rule</span><select id="filter-rule">${option('', 'All rules')}${ruleOptions.join('')}</select></label>`,
    `<label class="field"><span>File</span><select id="filter-file">${option('', 'All files')}${fileOptions.join('')}</select></label>`,
    `<label class="field"><span>Text</span><input type="search" id="filter-text" placeholder="message, resource, path…" autocomplete="off"></label>`,
    `<label class="check"><input type="checkbox" id="show-suppressed"> Show suppressed (${report.summary.suppressed})</label>`,
    `<button type="reset">Reset</button>`,
    `</form>`,
  ].join('\n');
}

/** Rule prose marks code with backticks, as in the Markdown docs; escaped text with those spans as `<code>`. */
function withCodeSpans(text: string): string {
  const parts = text.split('`');
  // An odd number of backticks leaves the last one unpaired: keep it as text rather than open a span.
  if (parts.length % 2 === 0) return escapeHtml(text);
  return parts
    .map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}

function referencesHtml(finding: Finding): string {
  const entries = referenceEntries(finding.references);
  if (entries.length === 0) return '';
  const items = entries.map(
    (ref) => `<li>${ref.url === undefined ? escapeHtml(ref.label) : externalLink(ref.url, ref.label)}</li>`,
  );
  return `<div class="line"><span class="label">References</span><ul>${items.join('')}</ul></div>`;
}

function messageHtml(finding: Finding): string {
  const parts = [
    `<div class="rule-title">${escapeHtml(finding.title)}</div>`,
    `<div class="message">${escapeHtml(finding.message)}</div>`,
  ];
  if (finding.note !== undefined) parts.push(`<div class="note">${escapeHtml(finding.note)}</div>`);
  const suppression = finding.suppression;
  if (finding.status === 'suppressed' && suppression !== undefined) {
    const expiry = suppression.expires === undefined ? '' : `, expires ${suppression.expires}`;
    parts.push(
      `<div class="suppression">Suppressed (${escapeHtml(suppression.source)}${escapeHtml(expiry)}): ${escapeHtml(suppression.reason)}</div>`,
    );
  }
  return parts.join('');
}

function resourceHtml(finding: Finding): string {
  const { kind, namespace, name } = finding.resource;
  const scope =
    namespace === undefined ? '' : `<div class="namespace">namespace ${escapeHtml(namespace)}</div>`;
  return `${escapeHtml(kind)}/<strong>${escapeHtml(name)}</strong>${scope}`;
}

/** The field path; inside an image, the file (and its line) and the layer that holds it. */
function pathHtml(finding: Finding): string {
  const { path, layer, startLine } = finding.location;
  if (layer === undefined)
    return path === undefined ? '' : `<div class="path"><code>${escapeHtml(path)}</code></div>`;
  const file =
    path === undefined
      ? ''
      : `<div class="path"><code>${escapeHtml(startLine === undefined ? path : `${path}:${startLine}`)}</code></div>`;
  return `${file}<div class="layer" title="${escapeHtml(layer.digest)}">${escapeHtml(layerLabel(layer))}</div>`;
}

function findingBody(finding: Finding, rule: RuleMeta | undefined): string {
  const data = [
    `data-severity="${finding.severity}"`,
    `data-rule="${escapeHtml(finding.ruleId)}"`,
    `data-file="${escapeHtml(finding.location.file ?? '')}"`,
    `data-status="${finding.status}"`,
  ].join(' ');
  const path = pathHtml(finding);
  const badges = `<span class="badge sev-${finding.severity}">${finding.severity}</span>${
    finding.status === 'suppressed' ? '<br><span class="badge suppressed">suppressed</span>' : ''
  }`;
  const ruleCell = `${externalLink(ruleHelpUri(finding.ruleId), finding.ruleId, 'rule-id')}<div class="slug">${escapeHtml(finding.slug)}</div>`;
  const fix =
    rule === undefined
      ? ''
      : `<div class="line"><span class="label">How to fix</span>${withCodeSpans(rule.remediation)}</div>`;
  return [
    `<tbody class="finding status-${finding.status}" ${data}>`,
    `<tr class="main"><td>${badges}</td><td>${ruleCell}</td><td><code>${escapeHtml(finding.location.layer === undefined ? locationLabel(finding.location) : (finding.location.file ?? '(no file)'))}</code>${path}</td><td>${resourceHtml(finding)}</td><td>${messageHtml(finding)}</td></tr>`,
    `<tr class="detail"><td></td><td colspan="4">${fix}${referencesHtml(finding)}</td></tr>`,
    `</tbody>`,
  ].join('\n');
}

export function findingsSection(report: Report, rules: ReadonlyMap<string, RuleMeta>): string {
  const failing = report.findings.filter((finding) => finding.status === 'fail').length;
  const bodies = report.findings.map((finding) => findingBody(finding, rules.get(finding.ruleId)));
  const table =
    report.findings.length === 0
      ? ''
      : [
          `<div class="panel"><table class="findings">`,
          `<colgroup><col class="c-sev"><col class="c-rule"><col class="c-loc"><col class="c-res"><col class="c-msg"></colgroup>`,
          `<thead><tr><th>Severity</th><th>Rule</th><th>Location</th><th>Resource</th><th>Finding</th></tr></thead>`,
          bodies.join('\n'),
          `</table></div>`,
        ].join('\n');
  return [
    `<section id="findings" aria-labelledby="findings-title">`,
    `<h2 id="findings-title">Findings</h2>`,
    filterForm(report),
    `<p id="visible-count" aria-live="polite" data-visible="${failing}">Showing ${failing} of ${report.findings.length} findings</p>`,
    table,
    `<p id="no-match" class="empty panel"${failing === 0 ? '' : ' hidden'}>${report.findings.length === 0 ? 'No findings.' : 'No findings match the filters.'}</p>`,
    `</section>`,
  ].join('\n');
}
