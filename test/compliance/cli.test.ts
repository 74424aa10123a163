import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { attachCompliance, parseComplianceOption, ranRuleIds } from '../../src/cli/compliance-option.js';
import { UsageError } from '../../src/cli/io.js';
import { defaultConfig } from '../../src/engines/config/schema.js';
import { runCli, tempDir } from '../support/cli.js';
import { fixtureReport } from '../reporters/fixture-report.js';

/** What the tests read of a `--format json` report; parsed, so a shape change fails loudly. */
const jsonReport = z.object({
  findings: z.array(z.object({ ruleId: z.string(), status: z.enum(['fail', 'suppressed']) })),
  compliance: z
    .object({
      framework: z.string(),
      score: z.number().nullable(),
      counts: z.record(z.string(), z.number()),
      controls: z.array(
        z.object({
          id: z.string(),
          status: z.enum(['fail', 'pass', 'manual', 'not-assessed']),
          rules: z.array(z.string()),
          findings: z.number().optional(),
          failedRules: z.array(z.string()).optional(),
        }),
      ),
    })
    .optional(),
});
type JsonReport = z.infer<typeof jsonReport>;

function scanJson(args: string[]): { status: number; report: JsonReport; stderr: string } {
  const run = runCli(['scan', ...args, '--format', 'json']);
  assert.ok(run.stdout.startsWith('{'), `no JSON report (exit ${run.status}): ${run.stderr}`);
  return { status: run.status, report: jsonReport.parse(JSON.parse(run.stdout)), stderr: run.stderr };
}

function complianceOf(report: JsonReport): NonNullable<JsonReport['compliance']> {
  assert.ok(report.compliance, 'the report has no compliance view');
  return report.compliance;
}

/** Every failing control is explained by failing findings of the rules it names, and vice versa. */
function assertConsistent(report: JsonReport): void {
  const compliance = complianceOf(report);
  const failing = new Set(report.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId));
  for (const control of compliance.controls) {
    if (control.status === 'fail') {
      assert.ok((control.findings ?? 0) > 0, control.id);
      for (const rule of control.failedRules ?? []) assert.ok(failing.has(rule), `${control.id}: ${rule}`);
    } else {
      for (const rule of control.rules) assert.ok(!failing.has(rule), `${control.id} hides ${rule}`);
    }
    if (control.status === 'manual') assert.deepEqual(control.rules, []);
  }
  const total = Object.values(compliance.counts).reduce((sum, count) => sum + count, 0);
  assert.equal(total, compliance.controls.length);
}

describe('bulwark scan --compliance', () => {
  it('cis-k8s: every control of CIS Kubernetes 1.9, judged from the findings, exit code unchanged', () => {
    const plain = runCli(['scan', 'examples/', '--format', 'json']);
    const { status, report } = scanJson(['examples/', '--compliance', 'cis-k8s']);
    assert.equal(status, plain.status, 'the exit code follows --fail-on, not the compliance view');
    const compliance = complianceOf(report);
    assert.equal(compliance.framework, 'cis-k8s');
    assert.equal(compliance.controls.length, 130);
    assert.ok(compliance.controls.some((control) => control.status === 'fail'));
    assert.ok(compliance.controls.some((control) => control.status === 'pass'));
    assert.ok(compliance.controls.some((control) => control.status === 'manual'));
    const ids = compliance.controls.map((control) => control.id);
    assert.ok(ids.indexOf('1.2.9') < ids.indexOf('1.2.10'));
    assertConsistent(report);
    const judged = (compliance.counts['pass'] ?? 0) + (compliance.counts['fail'] ?? 0);
    assert.equal(compliance.score, Math.round(((compliance.counts['pass'] ?? 0) * 1000) / judged) / 10);
  });

  it('pss-restricted: the 19 Pod Security controls, and restricted ones not assessed under --pss baseline', () => {
    const { report } = scanJson(['examples/', '--compliance', 'pss-restricted', '--pss', 'restricted']);
    const compliance = complianceOf(report);
    assert.equal(compliance.controls.length, 19);
    assertConsistent(report);
    assert.ok(!compliance.controls.some((control) => control.status === 'not-assessed'));
    // Without --pss, each namespace's own label decides: the examples enforce baseline or privileged.
    const byLabels = complianceOf(scanJson(['examples/', '--compliance', 'pss-restricted']).report);
    const atBaseline = complianceOf(
      scanJson(['examples/', '--compliance', 'pss-restricted', '--pss', 'baseline']).report,
    );
    for (const id of ['runAsNonRoot', 'allowPrivilegeEscalation', 'capabilities_restricted']) {
      assert.equal(byLabels.controls.find((control) => control.id === id)?.status, 'not-assessed', id);
      assert.equal(atBaseline.controls.find((control) => control.id === id)?.status, 'not-assessed', id);
    }
  });

  it('keeps --fail-on in charge of the exit code', () => {
    const { status, report } = scanJson(['examples/', '--compliance', 'cis-k8s', '--fail-on', 'none']);
    assert.equal(status, 0);
    assert.ok(complianceOf(report).controls.some((control) => control.status === 'fail'));
  });

  it('judges nothing as passed on a Kubernetes-only scan for the Docker benchmark', () => {
    const { report } = scanJson(['examples/k8s', '--compliance', 'cis-docker-1.6']);
    const statuses = new Set(complianceOf(report).controls.map((control) => control.status));
    assert.deepEqual([...statuses].sort(), ['manual', 'not-assessed']);
    assert.equal(complianceOf(report).score, null);
  });

  it('passes no control-plane control without a control plane in the input', () => {
    const apps = complianceOf(scanJson(['examples/k8s', '--compliance', 'cis-k8s']).report);
    const statusOf = (result: typeof apps, id: string) =>
      result.controls.find((control) => control.id === id)?.status;
    for (const id of ['1.2.1', '1.3.2', '1.4.1', '2.1', '4.2.1'])
      assert.equal(statusOf(apps, id), 'not-assessed', `${id} on application manifests only`);
    const etcdOnly = tempDir('compliance-etcd');
    const etcd = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: etcd, namespace: kube-system}',
      'spec:',
      '  containers:',
      '    - name: etcd',
      '      image: registry.k8s.io/etcd:3.5.12-0',
      '      command: [etcd, --cert-file=/pki/server.crt, --key-file=/pki/server.key, --client-cert-auth=true]',
    ].join('\n');
    writeFileSync(path.join(etcdOnly, 'etcd.yaml'), `${etcd}\n`);
    const withEtcd = complianceOf(scanJson([etcdOnly, '--compliance', 'cis-k8s']).report);
    assert.equal(statusOf(withEtcd, '2.1'), 'pass', 'etcd client TLS is judged on the etcd pod');
    assert.equal(statusOf(withEtcd, '1.2.1'), 'not-assessed', 'no API server was scanned');
  });

  it('still fails a control whose findings a --baseline hides', () => {
    const directory = tempDir('compliance-baseline');
    const baseline = path.join(directory, 'baseline.json');
    runCli(['scan', 'examples/k8s', '--write-baseline', baseline, '--fail-on', 'none', '--quiet']);
    const { report } = scanJson(['examples/k8s', '--baseline', baseline, '--compliance', 'cis-k8s']);
    assert.equal(report.findings.filter((finding) => finding.status === 'fail').length, 0);
    assert.ok(complianceOf(report).controls.some((control) => control.status === 'fail'));
  });

  it('prints the compliance table after the findings', () => {
    const run = runCli(['scan', 'examples/k8s', '--compliance', 'nsa-cisa', '--fail-on', 'none']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Compliance: NSA\/CISA Kubernetes Hardening Guidance 1\.2 \(nsa-cisa\)$/m);
    assert.match(run.stdout, /^ {2}score \d+(\.\d)?% \(\d+ pass, \d+ fail; \d+ manual, \d+ not assessed\)$/m);
  });

  it('refuses an unknown framework with a usage error before scanning', () => {
    const run = runCli(['scan', 'examples/', '--compliance', 'cis-k8s-1.0']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      /--compliance must be one of cis-docker-1\.6, cis-k8s, pss-baseline, pss-restricted, nsa-cisa/,
    );
  });

  it('leaves the report without a compliance view when the flag is absent', () => {
    assert.equal(scanJson(['examples/k8s']).report.compliance, undefined);
  });
});

describe('compliance option helpers', () => {
  it('parses known frameworks and rejects others as usage errors', () => {
    assert.equal(parseComplianceOption(undefined), undefined);
    assert.equal(parseComplianceOption('nsa-cisa'), 'nsa-cisa');
    assert.throws(() => parseComplianceOption('NSA-CISA'), UsageError);
  });

  it('counts only the rules that ran: --rule, Pod Security level and --severity', () => {
    const all = ranRuleIds({ only: [], skip: [] }, defaultConfig);
    assert.ok(all.includes('KW001') && all.includes('KW015'));
    assert.ok(!all.includes('DF035'), 'opt-in rules do not run by default');
    const baseline = ranRuleIds({ only: [], skip: [] }, defaultConfig, { pssLevel: 'baseline' });
    assert.ok(baseline.includes('KW001') && !baseline.includes('KW015'));
    const privileged = ranRuleIds({ only: [], skip: [] }, defaultConfig, { pssLevel: 'privileged' });
    assert.ok(!privileged.includes('KW001') && privileged.includes('KR001'));
    assert.deepEqual(ranRuleIds({ only: ['KW001'], skip: [] }, defaultConfig), ['KW001']);
    const critical = ranRuleIds({ only: [], skip: [] }, defaultConfig, { severities: ['critical'] });
    assert.ok(critical.length > 0 && critical.length < all.length);
  });

  it('attaches nothing without a framework and a fresh view with one', () => {
    assert.equal(attachCompliance(fixtureReport, undefined, { ranRules: [] }), fixtureReport);
    const attached = attachCompliance(fixtureReport, 'pss-baseline', { ranRules: ['KW001'] });
    assert.notEqual(attached, fixtureReport);
    assert.equal(fixtureReport.compliance, undefined);
    assert.equal(
      attached.compliance?.controls.find((control) => control.id === 'privileged')?.status,
      'fail',
    );
  });
});
