import type { Finding, Report, ReportError, RuleMeta } from '../core/index.js';
import {
  locationLabel,
  referenceEntries,
  referenceText,
  resourceLabel,
  ruleHelpUri,
  rulesById,
} from './describe.js';
import type { Reporter } from './reporter.js';
import { layerLabel, shortDigest } from './table.js';
import { escapeXmlText, xmlAttributes } from './xml.js';

/**
 * JUnit XML with one testsuite per scanned file or image (findings inside an image name its reference as their file):
 * CI systems (GitLab, Jenkins, Azure Pipelines, GitHub test-report actions) list suites first, and a file is what a
 * developer goes to fix. Every finding is a testcase: failing,
 * or skipped when suppressed; input errors are testcases with an `<error>`; a clean file gets one passing testcase
 * so it still shows up as checked.
 */

interface Suite {
  name: string;
  cases: string[];
  failures: number;
  errors: number;
  skipped: number;
}

const noFile = '(no file)';
const indent = '    ';

/** Inside an image: `reference path:line`, the line being one of the file in the layer. */
function imageLocationLabel(finding: Finding): string {
  const { file, path, startLine } = finding.location;
  const inImage = path === undefined ? '' : ` ${path}${startLine === undefined ? '' : `:${startLine}`}`;
  return `${file ?? noFile}${inImage}`;
}

/** `/etc/shadow:3 in layer sha256:0123456789ab`: the suite already names the image. */
function layerPlace(finding: Finding): string {
  const { path, startLine, layer } = finding.location;
  const file = path === undefined ? '' : `${path}${startLine === undefined ? '' : `:${startLine}`} in `;
  return `${file}layer ${shortDigest(layer?.digest ?? '')}`;
}

function failureText(finding: Finding, rule: RuleMeta | undefined): string {
  const layer = finding.location.layer;
  const lines =
    layer === undefined
      ? [`${locationLabel(finding.location)} ${resourceLabel(finding.resource)}`]
      : [`${imageLocationLabel(finding)} ${resourceLabel(finding.resource)}`, layerLabel(layer, 200)];
  if (finding.location.path !== undefined && layer === undefined)
    lines.push(`field: ${finding.location.path}`);
  lines.push(finding.message);
  if (finding.note !== undefined) lines.push(`note: ${finding.note}`);
  if (rule !== undefined) lines.push(`how to fix: ${rule.remediation}`);
  const references = referenceEntries(finding.references).map(referenceText);
  if (references.length > 0) lines.push(`references: ${references.join(', ')}`);
  lines.push(`rule: ${finding.ruleId} ${finding.slug} (${ruleHelpUri(finding.ruleId)})`);
  return lines.join('\n');
}

function findingCase(finding: Finding, rule: RuleMeta | undefined): string {
  const inImage = finding.location.layer !== undefined;
  const where = finding.location.startLine === undefined ? '' : `:${finding.location.startLine}`;
  const attributes = xmlAttributes({
    name: `${finding.ruleId} ${finding.slug} ${resourceLabel(finding.resource)} (${inImage ? layerPlace(finding) : `${finding.location.file ?? noFile}${where}`})`,
    classname: `bulwark.${finding.ruleId}`,
    file: finding.location.file,
    // A line inside an image's file is not a line of the reference that `file` names.
    line: inImage ? undefined : finding.location.startLine,
    time: '0',
  });
  if (finding.status === 'suppressed') {
    const suppression = finding.suppression;
    const reason =
      suppression === undefined
        ? 'suppressed'
        : `suppressed (${suppression.source}): ${suppression.reason}${suppression.expires === undefined ? '' : ` (expires ${suppression.expires})`}`;
    return `${indent}<testcase${attributes}>\n${indent}  <skipped${xmlAttributes({ message: reason })}/>\n${indent}</testcase>`;
  }
  const failure = xmlAttributes({ type: finding.severity, message: finding.message });
  return [
    `${indent}<testcase${attributes}>`,
    `${indent}  <failure${failure}>${escapeXmlText(failureText(finding, rule))}</failure>`,
    `${indent}</testcase>`,
  ].join('\n');
}

function errorCase(error: ReportError): string {
  // Line 0: the error concerns the whole input (an image, a layer), not a line of it.
  const where =
    error.line < 1 ? '' : `:${error.column === undefined ? error.line : `${error.line}:${error.column}`}`;
  const attributes = xmlAttributes({
    name: `input error (${error.file}${where})`,
    classname: 'bulwark.input',
    file: error.file,
    line: error.line < 1 ? undefined : error.line,
    time: '0',
  });
  return [
    `${indent}<testcase${attributes}>`,
    `${indent}  <error${xmlAttributes({ type: 'input-error', message: error.message })}>${escapeXmlText(`${error.file}${where}: ${error.message}`)}</error>`,
    `${indent}</testcase>`,
  ].join('\n');
}

function cleanCase(file: string): string {
  return `${indent}<testcase${xmlAttributes({ name: 'no findings', classname: 'bulwark', file, time: '0' })}/>`;
}

function suitesOf(report: Report, rules: readonly RuleMeta[]): Suite[] {
  const known = rulesById(rules);
  const suites = new Map<string, Suite>();
  const suite = (name: string): Suite => {
    const existing = suites.get(name);
    if (existing !== undefined) return existing;
    const created: Suite = { name, cases: [], failures: 0, errors: 0, skipped: 0 };
    suites.set(name, created);
    return created;
  };
  for (const finding of report.findings) {
    const target = suite(finding.location.file ?? noFile);
    target.cases.push(findingCase(finding, known.get(finding.ruleId)));
    if (finding.status === 'suppressed') target.skipped += 1;
    else target.failures += 1;
  }
  for (const error of report.errors) {
    const target = suite(error.file);
    target.cases.push(errorCase(error));
    target.errors += 1;
  }
  for (const scanned of report.targets) {
    const target = suite(scanned.path);
    if (target.cases.length === 0) target.cases.push(cleanCase(scanned.path));
  }
  return [...suites.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function counts(suite: Pick<Suite, 'failures' | 'errors' | 'skipped'> & { tests: number }) {
  return {
    tests: suite.tests,
    failures: suite.failures,
    errors: suite.errors,
    skipped: suite.skipped,
    time: '0',
  };
}

/** JUnit XML (the Ant/Surefire dialect most CI systems read); the report's order is kept inside each suite. */
export const renderJunit: Reporter = (report, options) => {
  const suites = suitesOf(report, options.rules);
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const suite of suites) {
    total.tests += suite.cases.length;
    total.failures += suite.failures;
    total.errors += suite.errors;
    total.skipped += suite.skipped;
  }
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${xmlAttributes({ name: `bulwark ${report.tool.version}`, ...counts(total) })}>`,
  ];
  for (const suite of suites) {
    out.push(
      `  <testsuite${xmlAttributes({ name: suite.name, ...counts({ ...suite, tests: suite.cases.length }) })}>`,
    );
    out.push(...suite.cases);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
