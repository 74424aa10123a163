import type { ComplianceResult } from './compliance.js';
import type { Finding } from './finding.js';
import { compareFindings } from './finding.js';
import type { ImageSummary } from './image.js';
import type { PackageRecord } from './package.js';
import { comparePackages } from './package.js';
import type { TargetType } from './resource.js';
import type { RuleMeta } from './rule.js';
import type { Severity } from './severity.js';
import { isAtLeast, severities } from './severity.js';
import type { VulnerabilityMatch } from './vulnerability.js';
import { compareVulnerabilities } from './vulnerability.js';

export interface ReportError {
  file: string;
  line: number;
  column?: number;
  message: string;
}

export interface ReportTarget {
  type: TargetType;
  path: string;
}

export type Summary = Record<Severity | 'suppressed', number>;

/** How a kind fared when a live cluster was read: a kind that was not listed was not seen, never passed. */
export type CoverageStatus = 'listed' | 'forbidden' | 'not-served' | 'failed';

export interface CoverageEntry {
  kind: string;
  apiVersion: string;
  status: CoverageStatus;
  count?: number;
  message?: string;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'bulwark'; version: string };
  targets: ReportTarget[];
  findings: Finding[];
  errors: ReportError[];
  summary: Summary;
  /** Image scans: the image, its package inventory and the vulnerabilities matched in it. */
  image?: ImageSummary;
  packages?: PackageRecord[];
  vulnerabilities?: VulnerabilityMatch[];
  /** Warnings that are not errors (a stale vulnerability database), sorted. */
  notes?: string[];
  /** Cluster audits: which kinds were read and which could not be. */
  coverage?: CoverageEntry[];
  /** `--compliance`: each control of one framework with pass, fail, manual or not-assessed. */
  compliance?: ComplianceResult;
}

/** Optional report parts that only some commands produce. */
export interface ReportExtras {
  image?: ImageSummary;
  packages?: readonly PackageRecord[];
  vulnerabilities?: readonly VulnerabilityMatch[];
  notes?: readonly string[];
  coverage?: readonly CoverageEntry[];
}

/** Rule metadata travels beside the report for reporters that describe rules (SARIF, HTML); not serialised in JSON. */
export interface ReportContext {
  rules: readonly RuleMeta[];
}

export function summarize(findings: readonly Finding[]): Summary {
  const summary: Summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.status === 'suppressed') summary.suppressed += 1;
    else summary[finding.severity] += 1;
  }
  return summary;
}

function compareErrors(a: ReportError, b: ReportError): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

function compareTargets(a: ReportTarget, b: ReportTarget): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

function compareCoverage(a: CoverageEntry, b: CoverageEntry): number {
  const left = `${a.kind} ${a.apiVersion}`;
  const right = `${b.kind} ${b.apiVersion}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function createReport(
  version: string,
  targets: readonly ReportTarget[],
  findings: readonly Finding[],
  errors: readonly ReportError[],
  extras: ReportExtras = {},
): Report {
  const sortedFindings = [...findings].sort(compareFindings);
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'bulwark', version },
    targets: [...targets].sort(compareTargets),
    findings: sortedFindings,
    errors: [...errors].sort(compareErrors),
    summary: summarize(sortedFindings),
  };
  if (extras.image !== undefined) report.image = extras.image;
  if (extras.packages !== undefined) report.packages = [...extras.packages].sort(comparePackages);
  if (extras.vulnerabilities !== undefined) {
    report.vulnerabilities = [...extras.vulnerabilities].sort(compareVulnerabilities);
  }
  if (extras.notes !== undefined && extras.notes.length > 0) report.notes = [...extras.notes].sort();
  if (extras.coverage !== undefined) report.coverage = [...extras.coverage].sort(compareCoverage);
  return report;
}

export type FailOn = Severity | 'none';

export function hasFailingFindings(report: Report, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return report.findings.some((finding) => finding.status === 'fail' && isAtLeast(finding.severity, failOn));
}

export function severityOrder(): readonly Severity[] {
  return severities;
}
