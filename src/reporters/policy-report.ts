import { stringify } from 'yaml';
import type { Finding, Report, ReportError, RuleMeta, Severity } from '../core/index.js';
import { rulesById } from './describe.js';
import type { Reporter } from './reporter.js';

/**
 * A `wgpolicyk8s.io/v1alpha2` PolicyReport (the Policy Report API of the Kubernetes Policy working group, read by
 * Policy Reporter, Kyverno's UI and others), as YAML ready for `kubectl apply -n <namespace> -f`.
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

function findingResult(
  finding: Finding,
  rule: RuleMeta | undefined,
  kubernetes: boolean,
): PolicyReportResult {
  const { location, resource } = finding;
  const properties: Record<string, string> = {};
  if (location.file !== undefined) properties['file'] = location.file;
  if (location.startLine !== undefined) properties['line'] = String(location.startLine);
  if (location.startColumn !== undefined) properties['column'] = String(location.startColumn);
  if (location.path !== undefined) properties['path'] = location.path;
  if (!kubernetes) properties['resource'] = `${resource.kind}/${resource.name}`;
  properties['title'] = finding.title;
  properties['fingerprint'] = finding.fingerprint;
  if (finding.suppression !== undefined) {
    properties['suppressedBy'] = finding.suppression.source;
    properties['suppressionReason'] = finding.suppression.reason;
    if (finding.suppression.expires !== undefined)
      properties['suppressionExpires'] = finding.suppression.expires;
  }
  if (finding.note !== undefined) properties['note'] = finding.note;
  const reference: ObjectReference =
    resource.namespace === undefined
      ? { kind: resource.kind, name: resource.name }
      : { kind: resource.kind, namespace: resource.namespace, name: resource.name };
  return {
    source,
    policy: finding.ruleId,
    rule: finding.slug,
    ...(rule === undefined ? {} : { category: rule.domain }),
    severity: policySeverity[finding.severity],
    result: finding.status === 'suppressed' ? 'skip' : 'fail',
    scored: true,
    message: finding.message,
    ...(kubernetes ? { resources: [reference] } : {}),
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

/** YAML PolicyReport: one result per finding (fail, or skip when suppressed) and per input error (error). */
export const renderPolicyReport: Reporter = (report, options) => {
  const known = rulesById(options.rules);
  const kubernetes = kubernetesFiles(report);
  const results = [
    ...report.findings.map((finding) =>
      findingResult(finding, known.get(finding.ruleId), kubernetes.has(finding.location.file ?? '')),
    ),
    ...report.errors.map(errorResult),
  ];
  const fail = report.findings.filter((finding) => finding.status === 'fail').length;
  const document = {
    apiVersion: 'wgpolicyk8s.io/v1alpha2',
    kind: 'PolicyReport',
    metadata: {
      name: 'bulwark',
      labels: { 'app.kubernetes.io/managed-by': 'bulwark' },
      annotations: { 'bulwark.dev/version': report.tool.version },
    },
    // Passing checks are not recorded, so no `pass` count is claimed.
    summary: { fail, warn: 0, error: report.errors.length, skip: report.findings.length - fail },
    results,
  };
  return stringify(document, { lineWidth: 0 });
};
