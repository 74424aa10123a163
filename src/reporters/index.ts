import { renderJson } from './json.js';
import type { Reporter } from './reporter.js';
import { renderTable } from './table.js';

export type { RenderOptions, Reporter } from './reporter.js';

export const reportFormats = ['table', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reporters: Record<ReportFormat, Reporter> = {
  json: renderJson,
  table: renderTable,
};

export function isReportFormat(value: string): value is ReportFormat {
  return (reportFormats as readonly string[]).includes(value);
}
export { renderRuleCatalogue, renderRuleMarkdown } from './rule-docs.js';
