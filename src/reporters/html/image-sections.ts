import type { PackageRecord, Report, VulnerabilityMatch } from '../../core/index.js';
import { shortDigest } from '../table.js';
import { escapeHtml, externalLink } from './escape.js';

/** Sections for image reports: what was scanned, the vulnerabilities matched in it and its package inventory. */

function row(label: string, value: string | undefined): string {
  return value === undefined ? '' : `<tr><th>${escapeHtml(label)}</th><td>${value}</td></tr>`;
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

function layersTable(report: Report): string {
  const layers = report.image?.layers ?? [];
  if (layers.length === 0) return '';
  const rows = layers.map(
    (layer, index) =>
      `<tr><td>${index + 1}</td><td><code title="${escapeHtml(layer.digest)}">${escapeHtml(shortDigest(layer.digest))}</code></td><td>${layer.createdBy === undefined ? '' : code(layer.createdBy)}</td></tr>`,
  );
  return [
    `<h3>Layers (${layers.length})</h3>`,
    `<div class="panel"><table class="inventory layers">`,
    `<thead><tr><th>#</th><th>Digest</th><th>Created by</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    `</table></div>`,
  ].join('\n');
}

export function imageSection(report: Report): string {
  const image = report.image;
  if (image === undefined) return '';
  const os = image.os;
  const osText =
    os === undefined ? undefined : escapeHtml(os.prettyName ?? `${os.id} ${os.versionId ?? ''}`.trim());
  const facts = [
    row('Reference', code(image.reference)),
    row('Manifest digest', image.manifestDigest === undefined ? undefined : code(image.manifestDigest)),
    row('Config digest', image.configDigest === undefined ? undefined : code(image.configDigest)),
    row('Platform', image.platform === undefined ? undefined : escapeHtml(image.platform)),
    row('Operating system', osText),
    row('Packages', report.packages === undefined ? undefined : String(report.packages.length)),
  ].filter((fact) => fact !== '');
  return [
    `<section id="image" aria-labelledby="image-title">`,
    `<h2 id="image-title">Image</h2>`,
    `<div class="panel"><table class="facts"><tbody>\n${facts.join('\n')}\n</tbody></table></div>`,
    layersTable(report),
    `</section>`,
  ].join('\n');
}

export function notesSection(report: Report): string {
  const notes = report.notes ?? [];
  if (notes.length === 0) return '';
  const items = notes.map((note) => `<li>${escapeHtml(note)}</li>`);
  return [
    `<section id="notes" aria-labelledby="notes-title">`,
    `<h2 id="notes-title">Notes (${notes.length})</h2>`,
    `<ul class="notes panel">${items.join('')}</ul>`,
    `</section>`,
  ].join('\n');
}

function packageLabel(pkg: PackageRecord): string {
  return pkg.namespace === undefined ? pkg.name : `${pkg.namespace}/${pkg.name}`;
}

function fixText(match: VulnerabilityMatch): string {
  return match.fixedVersion === undefined ? 'no fix yet' : match.fixedVersion;
}

function vexText(match: VulnerabilityMatch): string {
  const vex = match.vex;
  if (vex === undefined) return '';
  const why = [vex.justification, vex.statement]
    .filter((part) => part !== undefined && part !== '')
    .join(': ');
  return `<div class="suppression">${escapeHtml(vex.status.replace('_', ' '))} (VEX ${escapeHtml(vex.source)})${why === '' ? '' : `: ${escapeHtml(why)}`}</div>`;
}

function vulnerabilityRow(match: VulnerabilityMatch): string {
  const id = externalLink(
    `https://osv.dev/vulnerability/${encodeURIComponent(match.id)}`,
    match.id,
    'rule-id',
  );
  const aliases = match.aliases.filter((alias) => alias !== match.id);
  const aliasText = aliases.length === 0 ? '' : `<div class="slug">${escapeHtml(aliases.join(', '))}</div>`;
  const cvss =
    match.cvss === undefined
      ? ''
      : `<div class="slug" title="${escapeHtml(match.cvss.vector)}">CVSS ${escapeHtml(match.cvss.version)} ${match.cvss.baseScore.toFixed(1)}</div>`;
  const status = match.vex === undefined ? 'fail' : 'suppressed';
  const badges = `<span class="badge sev-${match.severity}">${match.severity}</span>${
    status === 'suppressed' ? '<br><span class="badge suppressed">not affected</span>' : ''
  }`;
  return [
    `<tr class="status-${status}">`,
    `<td>${badges}${cvss}</td>`,
    `<td>${id}${aliasText}</td>`,
    `<td><strong>${escapeHtml(packageLabel(match.package))}</strong> ${code(match.installedVersion)}<div class="slug">${escapeHtml(match.package.type)} · ${escapeHtml(match.ecosystem)}</div></td>`,
    `<td>${escapeHtml(fixText(match))}</td>`,
    `<td>${escapeHtml(match.summary ?? '')}${vexText(match)}</td>`,
    `</tr>`,
  ].join('');
}

export function vulnerabilitiesSection(report: Report): string {
  const matches = report.vulnerabilities;
  if (matches === undefined) return '';
  const table =
    matches.length === 0
      ? `<p class="empty panel">No known vulnerabilities in the inventoried packages.</p>`
      : [
          `<div class="panel"><table class="inventory vulnerabilities">`,
          `<thead><tr><th>Severity</th><th>Vulnerability</th><th>Package</th><th>Fixed in</th><th>Summary</th></tr></thead>`,
          `<tbody>\n${matches.map(vulnerabilityRow).join('\n')}\n</tbody>`,
          `</table></div>`,
        ].join('\n');
  return [
    `<section id="vulnerabilities" aria-labelledby="vulnerabilities-title">`,
    `<h2 id="vulnerabilities-title">Vulnerabilities (${matches.length})</h2>`,
    table,
    `</section>`,
  ].join('\n');
}

function packageRow(pkg: PackageRecord): string {
  const source =
    pkg.source === undefined
      ? ''
      : `<div class="slug">source ${escapeHtml(pkg.source.name)}${pkg.source.version === undefined ? '' : ` ${escapeHtml(pkg.source.version)}`}</div>`;
  const layer =
    pkg.layer === undefined
      ? ''
      : `<div class="slug" title="${escapeHtml(pkg.layer.digest)}">layer ${escapeHtml(shortDigest(pkg.layer.digest))}</div>`;
  return [
    `<tr>`,
    `<td><strong>${escapeHtml(packageLabel(pkg))}</strong>${source}</td>`,
    `<td>${code(pkg.version)}</td>`,
    `<td>${escapeHtml(pkg.type)}</td>`,
    `<td>${escapeHtml((pkg.licenses ?? []).join(', '))}</td>`,
    `<td>${code(pkg.file)}${layer}</td>`,
    `</tr>`,
  ].join('');
}

export function packagesSection(report: Report): string {
  const packages = report.packages;
  if (packages === undefined) return '';
  const table =
    packages.length === 0
      ? `<p class="empty panel">No packages found.</p>`
      : [
          `<div class="panel"><table class="inventory packages">`,
          `<thead><tr><th>Package</th><th>Version</th><th>Type</th><th>Licences</th><th>Recorded in</th></tr></thead>`,
          `<tbody>\n${packages.map(packageRow).join('\n')}\n</tbody>`,
          `</table></div>`,
        ].join('\n');
  return [
    `<section id="packages" aria-labelledby="packages-title">`,
    `<h2 id="packages-title">Packages (${packages.length})</h2>`,
    table,
    `</section>`,
  ].join('\n');
}
