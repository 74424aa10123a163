import type { Finding, Location, Report, ReportError, RuleMeta, Suppression } from '../core/index.js';
import { toSarifLevel, toSecuritySeverity } from '../core/index.js';
import { escapeRawControls } from './control-characters.js';
import {
  effectiveSeverity,
  projectUrl,
  referenceEntries,
  referenceMarkdown,
  referenceText,
  resourceLabel,
  ruleHelpUri,
  rulesById,
} from './describe.js';
import type { Reporter } from './reporter.js';
import { shortDigest } from './table.js';

/** SARIF 2.1.0 as GitHub code scanning reads it; the shapes name only the properties Bulwark writes. */
const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
export const sarifFingerprintKey = 'bulwarkFingerprint/v1';
/** GitHub truncates descriptions at 1024 characters and rule names at 255. */
const descriptionLimit = 1024;
const nameLimit = 255;
const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

interface MultiformatText {
  text: string;
  markdown?: string;
}

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: string };
  region?: SarifRegion;
}

interface LogicalLocation {
  name: string;
  fullyQualifiedName: string;
  kind: string;
}

interface SarifLocation {
  physicalLocation?: SarifPhysicalLocation;
  logicalLocations?: LogicalLocation[];
}

interface SarifDescriptor {
  id: string;
  name: string;
  shortDescription: MultiformatText;
  fullDescription: MultiformatText;
  help: MultiformatText;
  helpUri: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { 'security-severity': string; tags: string[]; precision: 'high' };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'inSource' | 'external'; justification: string }[];
  properties: Record<string, string>;
}

interface SarifNotification {
  level: 'error';
  message: { text: string };
  locations?: SarifLocation[];
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/**
 * A relative reference with forward slashes and percent-encoded segments, resolved against `%SRCROOT%`; a path that
 * is absolute on the scanning machine becomes a `file:` URI instead, which GitHub maps back through its checkout path.
 */
export function artifactLocationOf(file: string): SarifPhysicalLocation['artifactLocation'] {
  const slashed = file.replaceAll('\\', '/');
  const encoded = (path: string) =>
    path
      .split('/')
      .map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
      .join('/');
  if (slashed.startsWith('/')) return { uri: `file://${encoded(slashed)}` };
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${encoded(slashed)}` };
  return { uri: encoded(slashed.replace(/^(?:\.\/)+/, '')), uriBaseId: '%SRCROOT%' };
}

/** No region without a line; an end is written only when it does not precede the start. */
function regionOf(location: Pick<Location, 'startLine' | 'startColumn' | 'endLine' | 'endColumn'>) {
  const { startLine, startColumn, endLine, endColumn } = location;
  if (startLine === undefined || startLine < 1) return undefined;
  const region: SarifRegion = { startLine };
  if (startColumn !== undefined && startColumn >= 1) region.startColumn = startColumn;
  if (endLine !== undefined && endLine >= startLine) {
    region.endLine = endLine;
    const startsBefore = endLine > startLine || (region.startColumn ?? 1) <= (endColumn ?? 0);
    if (endColumn !== undefined && endColumn >= 1 && startsBefore) region.endColumn = endColumn;
  }
  return region;
}

function physicalLocationOf(location: Location): SarifPhysicalLocation | undefined {
  if (location.file === undefined) return undefined;
  // Inside an image the line belongs to a file in a layer, not to the reference: the artifact gets no region.
  const region = location.layer === undefined ? regionOf(location) : undefined;
  return {
    artifactLocation: artifactLocationOf(location.file),
    ...(region === undefined ? {} : { region }),
  };
}

function helpOf(rule: DescribedRule): MultiformatText {
  const references = referenceEntries(rule.references);
  const text = [rule.rationale, '', `How to fix: ${rule.remediation}`];
  const markdown = [`**Why.** ${rule.rationale}`, '', `**How to fix.** ${rule.remediation}`];
  if (references.length > 0) {
    text.push('', 'References:', ...references.map((ref) => `- ${referenceText(ref)}`));
    markdown.push('', '**References**', '', ...references.map((ref) => `- ${referenceMarkdown(ref)}`));
  }
  markdown.push('', `Suppress with \`# bulwark:ignore ${rule.id} reason="…"\` on the line before.`);
  return { text: text.join('\n'), markdown: markdown.join('\n') };
}

function tagsOf(rule: RuleMeta): string[] {
  const tags = ['security', rule.domain];
  if (rule.references.pss) tags.push(`pss-${rule.references.pss.level}`);
  if (rule.references.cis?.length) tags.push('cis');
  for (const technique of rule.references.mitre ?? []) tags.push(`external/mitre/${technique.toLowerCase()}`);
  if (rule.optIn) tags.push('opt-in');
  // GitHub rejects more than 20 tags per rule.
  return [...new Set(tags)].slice(0, 20);
}

/** What a descriptor is written from: a rule's metadata, or what a finding of an unknown rule carries. */
type DescribedRule = Pick<
  RuleMeta,
  'id' | 'slug' | 'title' | 'severity' | 'rationale' | 'remediation' | 'references'
>;

/** For a finding whose rule is not among the known rules (one that was renamed away, say). */
function describedByFinding(finding: Finding): DescribedRule {
  return {
    id: finding.ruleId,
    slug: finding.slug,
    title: finding.title,
    severity: finding.severity,
    rationale: finding.title,
    remediation: `See ${ruleHelpUri(finding.ruleId)}.`,
    references: finding.references,
  };
}

function descriptorOf(rule: DescribedRule, tags: string[], findings: readonly Finding[]): SarifDescriptor {
  return {
    id: rule.id,
    name: truncate(rule.slug, nameLimit),
    shortDescription: { text: truncate(rule.title, descriptionLimit) },
    fullDescription: { text: truncate(rule.rationale, descriptionLimit) },
    help: helpOf(rule),
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: { level: toSarifLevel(rule.severity) },
    properties: {
      'security-severity': toSecuritySeverity(effectiveSeverity(rule, findings)),
      tags,
      precision: 'high',
    },
  };
}

function suppressionOf(suppression: Suppression): NonNullable<SarifResult['suppressions']>[number] {
  // Inline comments and annotations live in the scanned file; config exceptions and baselines live elsewhere.
  const kind =
    suppression.source === 'inline' || suppression.source === 'annotation' ? 'inSource' : 'external';
  const expiry = suppression.expires === undefined ? '' : ` (expires ${suppression.expires})`;
  return { kind, justification: `${suppression.reason}${expiry}` };
}

/**
 * A finding inside an image names two more logical places: the layer (kind `module`, a unit the image is built
 * from, by its full digest) and the file in that layer (kind `resource`, digest-qualified, so equal paths in two
 * layers stay apart).
 */
function layerLocations(location: Location): LogicalLocation[] {
  const layer = location.layer;
  if (layer === undefined) return [];
  const logical: LogicalLocation[] = [
    { name: shortDigest(layer.digest), fullyQualifiedName: layer.digest, kind: 'module' },
  ];
  if (location.path !== undefined && location.path.startsWith('/'))
    logical.push({
      name: location.path,
      fullyQualifiedName: `${layer.digest}${location.path}`,
      kind: 'resource',
    });
  return logical;
}

function imageProperties(location: Location, properties: Record<string, string>): void {
  const layer = location.layer;
  if (layer === undefined) return;
  properties['layerDigest'] = layer.digest;
  if (layer.createdBy !== undefined) properties['layerCreatedBy'] = layer.createdBy;
  if (location.path !== undefined) properties['imagePath'] = location.path;
  if (location.startLine !== undefined) properties['imageLine'] = String(location.startLine);
}

function resultOf(finding: Finding, ruleIndex: number): SarifResult {
  const physicalLocation = physicalLocationOf(finding.location);
  const resource = resourceLabel(finding.resource);
  const location: SarifLocation = {
    ...(physicalLocation === undefined ? {} : { physicalLocation }),
    logicalLocations: [
      { name: finding.resource.name, fullyQualifiedName: resource, kind: 'resource' },
      ...layerLocations(finding.location),
    ],
  };
  const properties: Record<string, string> = { severity: finding.severity, resource };
  // Inside an image the path is a file of a layer, reported as `imagePath` below.
  if (finding.location.path !== undefined && finding.location.layer === undefined)
    properties['fieldPath'] = finding.location.path;
  imageProperties(finding.location, properties);
  if (finding.note !== undefined) properties['note'] = finding.note;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: toSarifLevel(finding.severity),
    message: { text: finding.note === undefined ? finding.message : `${finding.message} (${finding.note})` },
    locations: [location],
    partialFingerprints: { [sarifFingerprintKey]: finding.fingerprint },
    ...(finding.status === 'suppressed' && finding.suppression
      ? { suppressions: [suppressionOf(finding.suppression)] }
      : {}),
    properties,
  };
}

function notificationOf(error: ReportError): SarifNotification {
  const physicalLocation = physicalLocationOf({
    file: error.file,
    startLine: error.line,
    ...(error.column === undefined ? {} : { startColumn: error.column }),
  });
  return {
    level: 'error',
    message: { text: error.message },
    ...(physicalLocation === undefined ? {} : { locations: [{ physicalLocation }] }),
  };
}

/** Rule descriptors, sorted by id, for exactly the rules that have a result. */
function descriptorsFor(report: Report, rules: readonly RuleMeta[]) {
  const known = rulesById(rules);
  const findingsByRule = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = findingsByRule.get(finding.ruleId) ?? [];
    list.push(finding);
    findingsByRule.set(finding.ruleId, list);
  }
  const ids = [...findingsByRule.keys()].sort();
  const descriptors: SarifDescriptor[] = [];
  for (const id of ids) {
    const findings = findingsByRule.get(id) ?? [];
    const rule = known.get(id);
    const first = findings[0];
    if (rule !== undefined) descriptors.push(descriptorOf(rule, tagsOf(rule), findings));
    else if (first !== undefined)
      descriptors.push(descriptorOf(describedByFinding(first), ['security'], findings));
  }
  return { descriptors, indexOf: new Map(ids.map((id, index) => [id, index])) };
}

/** SARIF 2.1.0, one run; suppressed findings carry `suppressions`, input errors become tool notifications. */
export const renderSarif: Reporter = (report, options) => {
  const { descriptors, indexOf } = descriptorsFor(report, options.rules);
  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bulwark',
            version: report.tool.version,
            ...(semver.test(report.tool.version) ? { semanticVersion: report.tool.version } : {}),
            informationUri: projectUrl,
            rules: descriptors,
          },
        },
        invocations: [
          {
            // The scan ran to the end; unreadable inputs are reported below rather than failing the run.
            executionSuccessful: true,
            toolExecutionNotifications: report.errors.map(notificationOf),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding) => resultOf(finding, indexOf.get(finding.ruleId) ?? -1)),
      },
    ],
  };
  // DEL and C1 as escapes too (JSON.stringify escapes only C0), so printing the log cannot drive a terminal.
  return `${escapeRawControls(JSON.stringify(log, null, 2), 'json')}\n`;
};
