import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { z } from 'zod';
import type { Finding, ResourceRef } from '../../src/core/index.js';
import { createReport } from '../../src/core/index.js';
import { renderPolicyReport } from '../../src/reporters/policy-report.js';
import { fixtureReport, fixtureRules } from './fixture-report.js';

/** The v1alpha2 PolicyReport fields Bulwark writes, with the API's enums (result and severity). */
const objectReference = z.strictObject({
  apiVersion: z.string().optional(),
  kind: z.string(),
  namespace: z.string().optional(),
  name: z.string(),
});

const policyReportResult = z.strictObject({
  source: z.string(),
  policy: z.string().min(1),
  rule: z.string().optional(),
  category: z.string().optional(),
  severity: z.enum(['critical', 'high', 'low', 'medium', 'info']).optional(),
  result: z.enum(['pass', 'fail', 'warn', 'error', 'skip']),
  scored: z.boolean(),
  message: z.string(),
  resources: z.array(objectReference).optional(),
  properties: z.record(z.string(), z.string()),
});

const metadata = z.strictObject({
  name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/),
  namespace: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/)
    .optional(),
  labels: z.record(
    z.string(),
    z
      .string()
      .regex(/^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/)
      .max(63),
  ),
  annotations: z.record(z.string(), z.string()),
});

const summary = z.strictObject({
  pass: z.int().min(0).optional(),
  fail: z.int().min(0),
  warn: z.int().min(0),
  error: z.int().min(0),
  skip: z.int().min(0),
});

const policyReport = z.strictObject({
  apiVersion: z.literal('wgpolicyk8s.io/v1alpha2'),
  kind: z.enum(['PolicyReport', 'ClusterPolicyReport']),
  metadata,
  summary,
  results: z.array(policyReportResult),
});
type PolicyReport = z.infer<typeof policyReport>;

function parseStream(text: string): PolicyReport[] {
  return parseAllDocuments(text).map((document) => {
    assert.deepEqual(document.errors, []);
    const parsed = policyReport.parse(document.toJS());
    // A namespaced report names its namespace; the cluster report never does.
    assert.equal(parsed.metadata.namespace === undefined, parsed.kind === 'ClusterPolicyReport');
    return parsed;
  });
}

function render() {
  const text = renderPolicyReport(fixtureReport, { rules: fixtureRules, color: false });
  const reports = parseStream(text);
  const namespaced = reports.filter((entry) => entry.kind === 'PolicyReport');
  const cluster = reports.find((entry) => entry.kind === 'ClusterPolicyReport');
  assert.ok(cluster);
  return { text, reports, namespaced, cluster, all: reports.flatMap((entry) => entry.results) };
}

function findingWith(ruleId: string, resource: ResourceRef, file: string): Finding {
  const base = fixtureReport.findings.find((finding) => finding.ruleId === ruleId);
  assert.ok(base);
  return { ...base, resource, location: { ...base.location, file } };
}

describe('PolicyReport reporter', () => {
  it('writes one PolicyReport per namespace, then one ClusterPolicyReport, as a YAML stream', () => {
    const { reports, cluster, all } = render();
    assert.deepEqual(
      reports.map((entry) => [entry.kind, entry.metadata.namespace]),
      [
        ['PolicyReport', 'prod'],
        ['ClusterPolicyReport', undefined],
      ],
    );
    assert.equal(all.length, fixtureReport.findings.length + fixtureReport.errors.length);
    assert.deepEqual(reports[0]?.summary, { fail: 3, warn: 0, error: 0, skip: 1 });
    assert.deepEqual(cluster.summary, { fail: 5, warn: 0, error: 2, skip: 1 });
  });

  it('puts namespaced resources in their namespace (default when unnamed) and cluster-scoped ones in the cluster report', () => {
    const findings = [
      findingWith('KW001', { kind: 'Deployment', namespace: 'web', name: 'shop' }, 'deploy/web.yaml'),
      findingWith('KW001', { kind: 'Deployment', namespace: 'api', name: 'orders' }, 'deploy/api.yaml'),
      findingWith('KW012', { kind: 'Deployment', name: 'unplaced' }, 'deploy/api.yaml'),
      findingWith('KW001', { kind: 'ClusterRole', namespace: 'ignored', name: 'admin' }, 'deploy/rbac.yaml'),
      findingWith('DC003', { kind: 'ComposeService', name: 'web' }, 'compose.yaml'),
    ];
    const report = createReport(
      '1.2.3',
      [
        { type: 'kubernetes', path: 'deploy/web.yaml' },
        { type: 'kubernetes', path: 'deploy/api.yaml' },
        { type: 'kubernetes', path: 'deploy/rbac.yaml' },
        { type: 'compose', path: 'compose.yaml' },
      ],
      findings,
      [],
    );
    const reports = parseStream(renderPolicyReport(report, { rules: fixtureRules, color: false }));
    assert.deepEqual(
      reports.map((entry) => [
        entry.kind,
        entry.metadata.namespace,
        entry.results.map((result) => JSON.stringify(result.resources ?? result.properties['resource'])),
      ]),
      [
        ['PolicyReport', 'api', [JSON.stringify([{ kind: 'Deployment', namespace: 'api', name: 'orders' }])]],
        [
          'PolicyReport',
          'default',
          [JSON.stringify([{ kind: 'Deployment', namespace: 'default', name: 'unplaced' }])],
        ],
        ['PolicyReport', 'web', [JSON.stringify([{ kind: 'Deployment', namespace: 'web', name: 'shop' }])]],
        [
          'ClusterPolicyReport',
          undefined,
          [JSON.stringify('ComposeService/web'), JSON.stringify([{ kind: 'ClusterRole', name: 'admin' }])],
        ],
      ],
    );
  });

  it('writes an empty ClusterPolicyReport for a clean scan', () => {
    const reports = parseStream(
      renderPolicyReport(createReport('1.2.3', [{ type: 'kubernetes', path: 'a.yaml' }], [], []), {
        rules: fixtureRules,
        color: false,
      }),
    );
    assert.deepEqual(
      reports.map((entry) => [entry.kind, entry.summary, entry.results]),
      [['ClusterPolicyReport', { fail: 0, warn: 0, error: 0, skip: 0 }, []]],
    );
  });

  it('maps a finding to policy = id, rule = slug, severity, result and properties', () => {
    const { all } = render();
    const kw001 = all.find((result) => result.policy === 'KW001');
    assert.deepEqual(kw001, {
      source: 'bulwark',
      policy: 'KW001',
      rule: 'privileged-container',
      category: 'kubernetes-workload',
      severity: 'critical',
      result: 'fail',
      scored: true,
      message: 'container "app" runs privileged (securityContext.privileged: true)',
      resources: [{ kind: 'Deployment', namespace: 'prod', name: 'api' }],
      properties: {
        file: 'deploy/api.yaml',
        line: '21',
        column: '25',
        path: 'spec.template.spec.containers[0].securityContext.privileged',
        title: 'Privileged container',
        fingerprint: fixtureReport.findings.find((finding) => finding.ruleId === 'KW001')?.fingerprint,
      },
    });
  });

  it('skips suppressed findings with their reason, names non-Kubernetes resources in properties, lists errors', () => {
    const { all, cluster } = render();
    const suppressed = all.find((result) => result.policy === 'KW030');
    assert.equal(suppressed?.result, 'skip');
    assert.equal(suppressed?.properties['suppressionReason'], 'staging mirror retags nightly');
    const dockerfile = cluster.results.find((result) => result.policy === 'DF010');
    assert.equal(dockerfile?.resources, undefined);
    assert.equal(dockerfile?.properties['resource'], 'Dockerfile/Dockerfile');
    const errors = cluster.results.filter((result) => result.result === 'error');
    assert.deepEqual(
      errors.map((error) => [
        error.policy,
        error.properties['file'],
        error.properties['line'],
        error.message,
      ]),
      fixtureReport.errors.map((error) => ['input-error', error.file, String(error.line), error.message]),
    );
    assert.ok(all.every((result) => result.severity === undefined || result.result !== 'error'));
  });

  it('round-trips hostile text through YAML unchanged', () => {
    const { all } = render();
    const kw020 = all.find((result) => result.policy === 'KW020');
    assert.equal(
      kw020?.message,
      fixtureReport.findings.find((finding) => finding.ruleId === 'KW020')?.message,
    );
  });

  it('escapes every control character, C1 and DEL included, and reads them back unchanged', () => {
    const message = 'red \u001b[31m csi \u009b2J del \u007f nel \u0085 tab\tnew\nline';
    const hostile = {
      ...findingWith('DC003', { kind: 'ComposeService', name: 'w\u009beb' }, 'c\u001bompose.yaml'),
      message,
    };
    const text = renderPolicyReport(createReport('1.2.3', [], [hostile], []), {
      rules: fixtureRules,
      color: false,
    });
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      assert.ok(
        code === 0x0a || (code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code <= 0x9f)),
        `raw U+${code.toString(16)}`,
      );
    }
    const [cluster] = parseStream(text);
    assert.equal(cluster?.results[0]?.message, message);
    assert.equal(cluster?.results[0]?.properties['resource'], 'ComposeService/w\u009beb');
    assert.equal(cluster?.results[0]?.properties['file'], 'c\u001bompose.yaml');
  });
});
