import { renderCycloneDx } from './cyclonedx/render.js';
import { renderHtml } from './html/render.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderPolicyReport } from './policy-report.js';
import type { Reporter } from './reporter.js';
import { renderSarif } from './sarif.js';
import { renderSpdx } from './spdx/render.js';
import { renderTable } from './table.js';

export type { SbomRenderOptions } from './cyclonedx/options.js';
export type { RenderOptions, Reporter } from './reporter.js';

export const reportFormats = [
  'table',
  'json',
  'sarif',
  'junit',
  'html',
  'policy-report',
  'cyclonedx',
  'spdx',
] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reporters: Record<ReportFormat, Reporter> = {
  cyclonedx: renderCycloneDx,
  html: renderHtml,
  json: renderJson,
  junit: renderJunit,
  'policy-report': renderPolicyReport,
  sarif: renderSarif,
  spdx: renderSpdx,
  table: renderTable,
};

export function isReportFormat(value: string): value is ReportFormat {
  return (reportFormats as readonly string[]).includes(value);
}
export { renderRuleCatalogue, renderRuleMarkdown, ruleDocFiles } from './rule-docs.js';
