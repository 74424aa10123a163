import type { ComplianceResult, ControlResult, Report } from '../../core/index.js';
import { controlStatuses } from '../../core/index.js';
import { complianceScoreLine } from '../compliance-table.js';
import { ruleHelpUri } from '../describe.js';
import { escapeHtml, externalLink } from './escape.js';

/** Extra rules for the compliance section, added to the page's stylesheet (and its CSP hash) only when it is shown. */
export const complianceStyle = `
.compliance th, .compliance td {
  text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere;
}
.compliance th { font-size: 12px; color: var(--muted); font-weight: 600; }
.compliance col.c-id { width: 190px; } .compliance col.c-status { width: 130px; }
.compliance .assessment { color: var(--muted); font-size: 12px; }
.badge.control-fail { background: var(--high); } .badge.control-pass { background: #2e7d32; }
.badge.control-manual, .badge.control-not-assessed {
  background: transparent; color: var(--muted); border: 1px solid var(--muted);
}
.card.control-fail { border-top-color: var(--high); } .card.control-pass { border-top-color: #2e7d32; }
.compliance .rules a + a::before { content: ", "; color: var(--muted); }
`;

const statusLabels: Record<ControlResult['status'], string> = {
  fail: 'fail',
  pass: 'pass',
  manual: 'manual',
  'not-assessed': 'not assessed',
};

function ruleLinks(ids: readonly string[]): string {
  return ids.map((id) => externalLink(ruleHelpUri(id), id)).join('');
}

function evidenceHtml(control: ControlResult): string {
  const suppressed =
    control.suppressed === undefined ? '' : `<div class="assessment">${control.suppressed} suppressed</div>`;
  if (control.status === 'fail') {
    const count = control.findings ?? 0;
    return `${count} finding${count === 1 ? '' : 's'}: <span class="rules">${ruleLinks(control.failedRules ?? [])}</span>${suppressed}`;
  }
  if (control.status === 'manual') return 'No rule covers it: check by hand.';
  const lead = control.status === 'pass' ? 'Checked by' : 'Nothing scanned for';
  return `${lead} <span class="rules">${ruleLinks(control.rules)}</span>${suppressed}`;
}

function controlRow(control: ControlResult): string {
  return [
    `<tr class="control status-${control.status}" data-control="${escapeHtml(control.id)}" data-status="${control.status}">`,
    `<td><code>${escapeHtml(control.id)}</code></td>`,
    `<td>${escapeHtml(control.title)}<div class="assessment">${control.assessment} in the framework</div></td>`,
    `<td><span class="badge control-${control.status}">${statusLabels[control.status]}</span></td>`,
    `<td>${evidenceHtml(control)}</td>`,
    `</tr>`,
  ].join('');
}

function countCards(compliance: ComplianceResult): string {
  const cards = controlStatuses.map(
    (status) =>
      `<div class="card control-${status}"><span class="count">${compliance.counts[status]}</span><span class="label">${statusLabels[status]}</span></div>`,
  );
  return `<div class="cards" aria-label="Controls by status">\n${cards.join('\n')}\n</div>`;
}

/** One row per control of the `--compliance` framework, after cards counting each status. */
export function complianceSection(report: Report): string {
  const compliance = report.compliance;
  if (compliance === undefined) return '';
  return [
    `<section id="compliance" aria-labelledby="compliance-title" data-framework="${escapeHtml(compliance.framework)}">`,
    `<h2 id="compliance-title">Compliance: ${escapeHtml(compliance.title)} ${escapeHtml(compliance.version)}</h2>`,
    `<p class="meta" id="compliance-score">Score ${escapeHtml(complianceScoreLine(compliance))}. Manual controls need a person's judgement; controls not assessed had nothing of their kind scanned.</p>`,
    countCards(compliance),
    `<div class="panel"><table class="compliance">`,
    `<colgroup><col class="c-id"><col class="c-title"><col class="c-status"><col class="c-evidence"></colgroup>`,
    `<thead><tr><th>Control</th><th>Title</th><th>Status</th><th>Evidence</th></tr></thead>`,
    `<tbody>\n${compliance.controls.map(controlRow).join('\n')}\n</tbody>`,
    `</table></div>`,
    `</section>`,
  ].join('\n');
}
