import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from '../support/cli.js';

interface JsonReport {
  targets: { type: string; path: string }[];
  findings: {
    ruleId: string;
    fingerprint: string;
    status: string;
    location: { file: string; startLine: number; startColumn: number };
  }[];
  errors: { file: string; line: number; message: string }[];
}

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

function scanJson(args: string[], cwd: string): { status: number; report: JsonReport } {
  const run = runCli(['scan', ...args, '--format', 'json'], { cwd });
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

const dockerfile = 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n';

describe('fingerprints and baselines do not depend on where the scan runs or on inserted lines', () => {
  it('the same fingerprints from inside the folder and from its parent', () => {
    const parent = tempDir('fp-cwd');
    write(parent, 'proj/Dockerfile', dockerfile);
    write(parent, 'proj/compose.yaml', 'services:\n  web:\n    image: nginx:1.25\n    privileged: true\n');
    const inside = scanJson(['.', '--fail-on', 'none'], path.join(parent, 'proj'))
      .report.findings.map((f) => f.fingerprint)
      .sort();
    const outside = scanJson(['proj', '--fail-on', 'none'], parent)
      .report.findings.map((f) => f.fingerprint)
      .sort();
    assert.ok(inside.length > 0);
    assert.deepEqual(outside, inside);
  });

  it('inserting a Dockerfile instruction above keeps the fingerprints of the others', () => {
    const root = tempDir('fp-insert');
    write(root, 'Dockerfile', dockerfile);
    const before = new Set(
      scanJson(['.', '--fail-on', 'none'], root).report.findings.map((f) => f.fingerprint),
    );
    write(
      root,
      'Dockerfile',
      dockerfile.replace('RUN apt-get update', 'ENV LANG=C.UTF-8\nRUN apt-get update'),
    );
    const after = scanJson(['.', '--fail-on', 'none'], root).report.findings.map((f) => f.fingerprint);
    assert.ok(before.size > 0);
    for (const fingerprint of before) assert.ok(after.includes(fingerprint), 'a fingerprint changed');
  });

  it('updating a baseline in place keeps every current fingerprint', () => {
    const root = tempDir('fp-update');
    write(root, 'Dockerfile', dockerfile);
    runCli(['scan', '.', '--write-baseline', 'baseline.json'], { cwd: root });
    runCli(['scan', '.', '--baseline', 'baseline.json', '--write-baseline', 'baseline.json'], { cwd: root });
    const stored = JSON.parse(readFileSync(path.join(root, 'baseline.json'), 'utf8')) as {
      fingerprints: string[];
    };
    assert.ok(stored.fingerprints.length > 0);
    assert.equal(runCli(['scan', '.', '--baseline', 'baseline.json'], { cwd: root }).status, 0);
  });
});

describe('discovery in ordinary repositories', () => {
  it('skips files named after Dockerfiles that are not, Helm chart templates and non-manifest JSON', () => {
    const root = tempDir('repo');
    write(root, 'Dockerfile', 'FROM debian:12\nUSER app\n');
    write(root, 'Dockerfile.dockerignore', 'node_modules\n');
    write(root, 'docs/dockerfile.md', '# How we build\n');
    write(root, 'package-lock.json', '{"name": "x", "lockfileVersion": 3}\n');
    write(root, 'charts/web/Chart.yaml', 'apiVersion: v2\nname: web\nversion: 1.0.0\n');
    write(root, 'charts/web/values.yaml', 'replicas: 2\n');
    write(
      root,
      'charts/web/templates/deployment.yaml',
      'apiVersion: apps/v1\nkind: Deployment\n{{- if .Values.x }}\nmetadata: {name: {{ .Release.Name }}}\n{{- end }}\n',
    );
    const { report } = scanJson(['.', '--fail-on', 'none'], root);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.targets, [{ type: 'dockerfile', path: 'Dockerfile' }]);
  });

  it('an unrendered template named explicitly gives one clear error', () => {
    const root = tempDir('template');
    write(
      root,
      'deployment.yaml',
      'apiVersion: apps/v1\nkind: Deployment\n{{- if .Values.x }}\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{ toYaml .Values.labels | nindent 4 }}\n{{- end }}\n',
    );
    const { status, report } = scanJson(['deployment.yaml'], root);
    assert.equal(status, 2);
    assert.equal(report.errors.length, 1);
    assert.match(report.errors[0]?.message ?? '', /unrendered template/);
  });
});

describe('configuration and comments', () => {
  it('an unquoted Kubernetes version in .bulwark.yaml is refused instead of read as 1.3', () => {
    const root = tempDir('config-version');
    write(root, '.bulwark.yaml', 'pss:\n  level: restricted\n  kubernetesVersion: 1.30\n');
    write(
      root,
      'pod.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n',
    );
    const { status, report } = scanJson(['.'], root);
    assert.equal(status, 2);
    assert.equal(report.errors[0]?.line, 3);
    assert.match(report.errors[0]?.message ?? '', /quote the Kubernetes version/);
  });

  it('an unknown key in .bulwark.yaml is reported at its own line', () => {
    const root = tempDir('config-key');
    write(root, '.bulwark.yaml', 'failOn: high\nrules: {}\ntrustedRegistry: [x]\n');
    const { report } = scanJson(['.'], root);
    assert.deepEqual(
      report.errors.map((error) => [error.file, error.line]),
      [['.bulwark.yaml', 3]],
    );
  });

  it('the marker in a value is not a directive; a trailing one or a bad date is an error that says why', () => {
    const root = tempDir('directives');
    write(
      root,
      'cm.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  help: "use bulwark:ignore to silence"\n',
    );
    assert.deepEqual(scanJson(['.'], root).report.errors, []);
    write(
      root,
      'cm.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}  # bulwark:ignore KW031 reason="x"\n',
    );
    assert.match(scanJson(['.'], root).report.errors[0]?.message ?? '', /must be on its own line/);
    write(
      root,
      'cm.yaml',
      '# bulwark:ignore KW031 reason="x" expires=2020-13-45\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
    );
    assert.match(scanJson(['.'], root).report.errors[0]?.message ?? '', /expires=2020-13-45 is not a date/);
  });

  it('an --output that cannot be written is a clear error with exit 2', () => {
    const root = tempDir('output');
    write(root, 'Dockerfile', dockerfile);
    const run = runCli(['scan', '.', '--format', 'json', '--output', 'missing/dir/report.json'], {
      cwd: root,
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot write --output missing\/dir\/report\.json \(ENOENT\)/);
    assert.doesNotMatch(run.stderr, /internal error/);
  });

  it('findings on one line are ordered by column, then rule id', () => {
    const root = tempDir('order');
    write(root, 'compose.yaml', 'services:\n  web:\n    image: nginx:1.25\n');
    const findings = scanJson(['.', '--fail-on', 'none'], root).report.findings;
    const keys = findings.map((finding) =>
      [finding.location.startLine, finding.location.startColumn, finding.ruleId].join(':'),
    );
    const sorted = [...findings]
      .sort(
        (a, b) =>
          a.location.startLine - b.location.startLine ||
          a.location.startColumn - b.location.startColumn ||
          (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
      )
      .map((finding) => [finding.location.startLine, finding.location.startColumn, finding.ruleId].join(':'));
    assert.ok(findings.length > 1);
    assert.deepEqual(keys, sorted);
  });
});
