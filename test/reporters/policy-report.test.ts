import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { z } from 'zod';
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

const policyReport = z.strictObject({
  apiVersion: z.literal('wgpolicyk8s.io/v1alpha2'),
  kind: z.literal('PolicyReport'),
  metadata: z.strictObject({
    name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/),
    labels: z.record(
      z.string(),
      z
        .string()
        .regex(/^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/)
        .max(63),
    ),
    annotations: z.record(z.string(), z.string()),
  }),
  summary: z.strictObject({
    pass: z.int().min(0).optional(),
    fail: z.int().min(0),
    warn: z.int().min(0),
    error: z.int().min(0),
    skip: z.int().min(0),
  }),
  results: z.array(policyReportResult),
});

function render() {
  const text = renderPolicyReport(fixtureReport, { rules: fixtureRules, color: false });
  return { text, report: policyReport.parse(parse(text)) };
}

describe('PolicyReport reporter', () => {
  it('writes a valid wgpolicyk8s.io/v1alpha2 PolicyReport in YAML', () => {
    const { report } = render();
    assert.equal(report.results.length, fixtureReport.findings.length + fixtureReport.errors.length);
    assert.deepEqual(report.summary, { fail: 8, warn: 0, error: 2, skip: 2 });
  });

  it('maps a finding to policy = id, rule = slug, severity, result and properties', () => {
    const { report } = render();
    const kw001 = report.results.find((result) => result.policy === 'KW001');
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
    const { report } = render();
    const suppressed = report.results.find((result) => result.policy === 'KW030');
    assert.equal(suppressed?.result, 'skip');
    assert.equal(suppressed?.properties['suppressionReason'], 'staging mirror retags nightly');
    const dockerfile = report.results.find((result) => result.policy === 'DF010');
    assert.equal(dockerfile?.resources, undefined);
    assert.equal(dockerfile?.properties['resource'], 'Dockerfile/Dockerfile');
    const errors = report.results.filter((result) => result.result === 'error');
    assert.deepEqual(
      errors.map((error) => [
        error.policy,
        error.properties['file'],
        error.properties['line'],
        error.message,
      ]),
      fixtureReport.errors.map((error) => ['input-error', error.file, String(error.line), error.message]),
    );
    assert.ok(report.results.every((result) => result.severity === undefined || result.result !== 'error'));
  });

  it('round-trips hostile text through YAML unchanged', () => {
    const { report } = render();
    const kw020 = report.results.find((result) => result.policy === 'KW020');
    assert.equal(
      kw020?.message,
      fixtureReport.findings.find((finding) => finding.ruleId === 'KW020')?.message,
    );
  });
});
