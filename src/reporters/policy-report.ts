import { stringify } from 'yaml';
import type { Finding, Report, ReportError, RuleMeta, Severity } from '../core/index.js';
import { escapeRawControls } from './control-characters.js';
import { rulesById } from './describe.js';
import { capResults, policyReportByteBudget } from './policy-report-cap.js';
import { reportNamespaceOf } from './policy-report-scope.js';
import type { Reporter } from './reporter.js';

/**
 * `wgpolicyk8s.io/v1alpha2` reports (the Policy Report API of the Kubernetes Policy working group, read by Policy
 * Reporter, Kyverno's UI and others), as one YAML stream ready for `kubectl apply -f`: a PolicyReport in each
 * namespace that has findings on its resources, then one ClusterPolicyReport for cluster-scoped resources,
 * Dockerfiles, compose services and input errors.
 */

type PolicyResult = 'pass' | 'fail' | 'warn' | 'error' | 'skip';
type PolicySeverity = 'critical' | 'high' | 'medium' | 'low' | 'info';

interface ObjectReference {
  kind: string;
  namespace?: string;
  name: string;
}

interface PolicyReportResult {
  source: string;
  policy: string;
  rule?: string;
  category?: string;
  severity?: PolicySeverity;
  result: PolicyResult;
  scored: boolean;
  message: string;
  resources?: ObjectReference[];
  properties: Record<string, string>;
}

/** The API's own severity values; spelled out so a new Bulwark severity fails to compile here. */
const policySeverity: Record<Severity, PolicySeverity> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
  info: 'info',
};

const source = 'bulwark';

/** Only Kubernetes objects are Kubernetes resources; a Dockerfile stage or compose service is named in properties. */
function kubernetesFiles(report: Report): Set<string> {
  return new Set(
    report.targets.filter((target) => target.type === 'kubernetes').map((target) => target.path),
  );
}

/** Where a finding is reported: a namespace, or the cluster report (`undefined`). */
interface Placement {
  namespace?: string;
  /** The Kubernetes object the result names; absent for Dockerfiles and compose services. */
  reference?: ObjectReference;
}

/** `live`: the object came from the API server, whose objects name a namespace exactly when they have one. */
function placementOf(finding: Finding, kubernetes: boolean, live: boolean): Placement {
  const { kind, name } = finding.resource;
  if (!kubernetes && !live) return {};
  const namespace = live ? finding.resource.namespace : reportNamespaceOf(kind, finding.resource.namespace);
  return namespace === undefined
    ? { reference: { kind, name } }
    : { namespace, reference: { kind, namespace, name } };
}

function findingResult(
  finding: Finding,
  rule: RuleMeta | undefined,
  placement: Placement,
): PolicyReportResult {
  const { location, resource } = finding;
  const properties: Record<string, string> = {};
  if (location.file !== undefined) properties['file'] = location.file;
  if (location.startLine !== undefined) properties['line'] = String(location.startLine);
  if (location.startColumn !== undefined) properties['column'] = String(location.startColumn);
  if (location.path !== undefined) properties['path'] = location.path;
  if (placement.reference === undefined) properties['resource'] = `${resource.kind}/${resource.name}`;
  properties['title'] = finding.title;
  properties['fingerprint'] = finding.fingerprint;
  if (finding.suppression !== undefined) {
    properties['suppressedBy'] = finding.suppression.source;
    properties['suppressionReason'] = finding.suppression.reason;
    if (finding.suppression.expires !== undefined)
      properties['suppressionExpires'] = finding.suppression.expires;
  }
  if (finding.note !== undefined) properties['note'] = finding.note;
  return {
    source,
    policy: finding.ruleId,
    rule: finding.slug,
    ...(rule === undefined ? {} : { category: rule.domain }),
    severity: policySeverity[finding.severity],
    result: finding.status === 'suppressed' ? 'skip' : 'fail',
    scored: true,
    message: finding.message,
    ...(placement.reference === undefined ? {} : { resources: [placement.reference] }),
    properties,
  };
}

function errorResult(error: ReportError): PolicyReportResult {
  const properties: Record<string, string> = { file: error.file, line: String(error.line) };
  if (error.column !== undefined) properties['column'] = String(error.column);
  return {
    source,
    policy: 'input-error',
    result: 'error',
    scored: false,
    message: error.message,
    properties,
  };
}

function summaryOf(
  results: readonly PolicyReportResult[],
): Record<'fail' | 'warn' | 'error' | 'skip', number> {
  const count = (result: PolicyResult): number => results.filter((entry) => entry.result === result).length;
  // Passing checks are not recorded, so no `pass` count is claimed.
  return { fail: count('fail'), warn: count('warn'), error: count('error'), skip: count('skip') };
}

function reportDocument(
  version: string,
  namespace: string | undefined,
  all: readonly PolicyReportResult[],
): Record<string, unknown> {
  // The summary counts every result, also those left out to keep the object small enough for the API server.
  const { kept: results, omitted } = capResults(all, policyReportByteBudget);
  const annotations: Record<string, string> = { 'bulwark.dev/version': version };
  if (omitted > 0) annotations['bulwark.dev/omitted-results'] = String(omitted);
  return {
    apiVersion: 'wgpolicyk8s.io/v1alpha2',
    kind: namespace === undefined ? 'ClusterPolicyReport' : 'PolicyReport',
    metadata: {
      name: 'bulwark',
      ...(namespace === undefined ? {} : { namespace }),
      labels: { 'app.kubernetes.io/managed-by': 'bulwark' },
      annotations,
    },
    summary: summaryOf(all),
    results,
  };
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A YAML stream of PolicyReports, one per namespace in name order, then the ClusterPolicyReport (always written, so
 * a clean scan still says so). Each finding is one result (fail, or skip when suppressed); each input error is an
 * `error` result in the ClusterPolicyReport.
 */
export const renderPolicyReport: Reporter = (report, options) => {
  const known = rulesById(options.rules);
  const kubernetes = kubernetesFiles(report);
  // A cluster audit (it reports coverage) names every finding's object by `KIND/NAMESPACE/NAME`, not by a file.
  const fromCluster = report.coverage !== undefined;
  const byNamespace = new Map<string, PolicyReportResult[]>();
  const cluster: PolicyReportResult[] = [];
  for (const finding of report.findings) {
    const placement = placementOf(finding, kubernetes.has(finding.location.file ?? ''), fromCluster);
    const result = findingResult(finding, known.get(finding.ruleId), placement);
    if (placement.namespace === undefined) {
      cluster.push(result);
      continue;
    }
    const results = byNamespace.get(placement.namespace) ?? [];
    results.push(result);
    byNamespace.set(placement.namespace, results);
  }
  cluster.push(...report.errors.map(errorResult));
  const version = report.tool.version;
  const documents = [...byNamespace.keys()]
    .sort(compareNames)
    .map((namespace) => reportDocument(version, namespace, byNamespace.get(namespace) ?? []));
  documents.push(reportDocument(version, undefined, cluster));
  const stream = documents.map((document) => stringify(document, { lineWidth: 0 })).join('---\n');
  // The yaml library double-quotes any string with a control character but writes DEL and C1 raw.
  return escapeRawControls(stream, 'yaml');
};
