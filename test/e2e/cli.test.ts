import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from '../support/cli.js';
import { fromRoot } from '../support/paths.js';

const privilegedPod = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
    - name: app
      image: nginx:1.25
      securityContext:
        privileged: true
`;

interface JsonReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  targets: { type: string; path: string }[];
  findings: {
    ruleId: string;
    severity: string;
    status: string;
    location: { file: string; startLine: number };
  }[];
  errors: { file: string; line: number; message: string }[];
  summary: Record<string, number>;
}

function fixture(): string {
  const directory = tempDir('cli');
  writeFileSync(path.join(directory, 'pod.yaml'), privilegedPod);
  return directory;
}

describe('CLI contract (real bin/bulwark.js)', () => {
  const version = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string }).version;

  it('--version prints the package version', () => {
    const run = runCli(['--version']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), version);
  });

  it('--help lists the commands', () => {
    const run = runCli(['--help']);
    assert.equal(run.status, 0);
    for (const command of ['scan', 'rules', 'explain'])
      assert.match(run.stdout, new RegExp(`\\b${command}\\b`));
  });

  it('an unknown command or flag is a usage error (exit 2)', () => {
    assert.equal(runCli(['frobnicate']).status, 2);
    assert.equal(runCli(['scan', '--no-such-flag']).status, 2);
    assert.equal(runCli(['scan', '.', '--format', 'pdf']).status, 2);
    assert.equal(runCli(['scan', '.', '--fail-on', 'severe']).status, 2);
    assert.equal(runCli(['scan', '.', '--pss', 'strict']).status, 2);
    assert.equal(runCli(['scan', '.', '--k8s-version', 'two']).status, 2);
    assert.equal(runCli(['scan', '.', '--rule', 'XX999']).status, 2);
  });

  it('rules lists every rule; explain shows one; an unknown id exits 2', () => {
    const rules = runCli(['rules', '--format', 'json']);
    assert.equal(rules.status, 0);
    const list = JSON.parse(rules.stdout) as { id: string }[];
    assert.ok(list.some((rule) => rule.id === 'KW001'));
    const markdown = runCli(['rules', '--format', 'markdown']);
    assert.match(markdown.stdout, /\| \[KW001\]\(KW001\.md\) \|/);
    const explain = runCli(['explain', 'KW001']);
    assert.equal(explain.status, 0);
    assert.match(explain.stdout, /^# KW001 privileged-container/);
    assert.equal(runCli(['explain', 'privileged-container']).status, 0);
    assert.equal(runCli(['explain', 'ZZ000']).status, 2);
  });

  it('exit codes follow --fail-on', () => {
    const directory = fixture();
    assert.equal(runCli(['scan', directory]).status, 1);
    assert.equal(runCli(['scan', directory, '--fail-on', 'critical']).status, 1);
    assert.equal(runCli(['scan', directory, '--fail-on', 'none']).status, 0);
    assert.equal(runCli(['scan', directory, '--skip-rule', 'KW001', '--rule', 'KW001']).status, 0);
  });

  it('prints findings as file:line in the table', () => {
    const directory = fixture();
    const run = runCli(['scan', 'pod.yaml', '--rule', 'KW001'], { cwd: directory });
    assert.match(run.stdout, /^pod\.yaml\n\s+11:9\s+CRITICAL KW001/m);
    assert.match(
      run.stdout,
      /1 critical, 0 high, 0 medium, 0 low, 0 info; 0 suppressed; 0 errors; 1 file scanned/,
    );
    assert.ok(!run.stdout.includes('\u001b['), 'no colour when not a TTY');
  });

  it('writes the JSON report with schemaVersion 1', () => {
    const directory = fixture();
    const run = runCli(['scan', 'pod.yaml', '--format', 'json', '--rule', 'KW001'], { cwd: directory });
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.tool.name, 'bulwark');
    assert.equal(report.tool.version, version);
    assert.deepEqual(report.targets, [{ type: 'kubernetes', path: 'pod.yaml' }]);
    assert.equal(report.findings[0]?.location.startLine, 11);
    assert.equal(report.summary['critical'], 1);
  });

  it('writes several formats in one run, each to its own output', () => {
    const directory = fixture();
    const run = runCli(['scan', '.', '--format', 'json', '--output', 'report.json', '--format', 'table'], {
      cwd: directory,
    });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /KW001/);
    const written = JSON.parse(readFileSync(path.join(directory, 'report.json'), 'utf8')) as JsonReport;
    assert.equal(written.schemaVersion, 1);
    assert.equal(
      runCli(['scan', '.', '--format', 'json', '--format', 'table'], { cwd: directory }).status,
      2,
    );
  });

  it('reads - from standard input, sniffing YAML or Dockerfile', () => {
    const yaml = runCli(['scan', '-', '--format', 'json', '--rule', 'KW001'], { input: privilegedPod });
    const report = JSON.parse(yaml.stdout) as JsonReport;
    assert.equal(report.findings[0]?.location.file, '-');
    assert.deepEqual(report.targets, [{ type: 'kubernetes', path: '-' }]);
    const dockerfile = runCli(['scan', '-', '--format', 'json'], { input: 'FROM debian:12\nRUN echo hi\n' });
    assert.deepEqual((JSON.parse(dockerfile.stdout) as JsonReport).targets, [
      { type: 'dockerfile', path: '-' },
    ]);
  });

  it('--severity keeps only the listed severities', () => {
    const directory = fixture();
    const run = runCli(['scan', directory, '--format', 'json', '--severity', 'low,info']);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.ok(report.findings.every((finding) => finding.severity === 'low' || finding.severity === 'info'));
  });

  it('a missing path is an input error with exit 2', () => {
    const run = runCli(['scan', 'no/such/dir', '--format', 'json']);
    assert.equal(run.status, 2);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.match(report.errors[0]?.message ?? '', /no such file/);
  });
});
