import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from '../support/cli.js';

interface JsonFinding {
  ruleId: string;
  status: string;
  fingerprint: string;
  note?: string;
  suppression?: { source: string; reason: string; expires?: string };
  location: { startLine: number };
  resource: { name: string };
}

function scan(
  directory: string,
  extra: string[] = [],
): { status: number; findings: JsonFinding[]; errors: unknown[] } {
  const run = runCli(['scan', '.', '--format', 'json', '--rule', 'KW001', ...extra], { cwd: directory });
  const report = JSON.parse(run.stdout) as { findings: JsonFinding[]; errors: unknown[] };
  return { status: run.status, findings: report.findings, errors: report.errors };
}

function pod(name: string, beforeContainer = '', annotations = ''): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    ...(annotations ? ['  annotations:', `    ${annotations}`] : []),
    'spec:',
    '  containers:',
    ...(beforeContainer ? [`    ${beforeContainer}`] : []),
    '    - name: app',
    '      securityContext:',
    '        privileged: true',
    '',
  ].join('\n');
}

describe('suppression, configuration and baselines', () => {
  it('an inline comment before a YAML node suppresses findings inside it, with its reason', () => {
    const directory = tempDir('inline');
    writeFileSync(
      path.join(directory, 'pod.yaml'),
      pod('a', '# bulwark:ignore KW001 reason="debug pod" expires=2999-01-01'),
    );
    const result = scan(directory);
    assert.equal(result.status, 0);
    assert.equal(result.findings[0]?.status, 'suppressed');
    assert.deepEqual(result.findings[0]?.suppression, {
      source: 'inline',
      reason: 'debug pod',
      expires: '2999-01-01',
    });
  });

  it('an inline comment right before the field works too; another rule id does not suppress', () => {
    const directory = tempDir('inline-field');
    const text = pod('a').replace(
      '        privileged: true',
      '        # bulwark:ignore KW001 reason="x"\n        privileged: true',
    );
    writeFileSync(path.join(directory, 'pod.yaml'), text);
    assert.equal(scan(directory).findings[0]?.status, 'suppressed');
    writeFileSync(path.join(directory, 'pod.yaml'), text.replace('KW001', 'KW002'));
    assert.equal(scan(directory).findings[0]?.status, 'fail');
  });

  it('an inline comment before the first item of a list covers that item only, not its siblings', () => {
    const directory = tempDir('first-item');
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: a',
      'spec:',
      '  containers:',
      '  # bulwark:ignore KW001 reason="only the debug container"',
      '  - name: debug',
      '    securityContext: {privileged: true}',
      '  - name: app',
      '    securityContext: {privileged: true}',
      '',
    ].join('\n');
    writeFileSync(path.join(directory, 'pod.yaml'), text);
    const statuses = scan(directory).findings.map(
      (finding) => `${finding.location.startLine}:${finding.status}`,
    );
    assert.deepEqual(statuses, ['9:suppressed', '11:fail']);
  });

  it('an expired suppression fires again and says so', () => {
    const directory = tempDir('expired');
    writeFileSync(
      path.join(directory, 'pod.yaml'),
      pod('a', '# bulwark:ignore KW001 reason="temporary" expires=2001-01-01'),
    );
    const result = scan(directory);
    assert.equal(result.status, 1);
    assert.equal(result.findings[0]?.status, 'fail');
    assert.match(result.findings[0]?.note ?? '', /expired on 2001-01-01/);
  });

  it('a malformed ignore comment is an input error with its line', () => {
    const directory = tempDir('bad-comment');
    writeFileSync(path.join(directory, 'pod.yaml'), pod('a', '# bulwark:ignore KW001 expires=soon'));
    const result = scan(directory);
    assert.equal(result.status, 2);
    assert.match(
      JSON.stringify(result.errors),
      /"line":7,"message":"bulwark:ignore: expires=soon is not a date/,
    );
  });

  it('the bulwark.dev/ignore annotation suppresses the listed rules on that object', () => {
    const directory = tempDir('annotation');
    writeFileSync(
      path.join(directory, 'pod.yaml'),
      pod('a', '', '"bulwark.dev/ignore": "KW001,KW004 -- vendor chart, reviewed"'),
    );
    const finding = scan(directory).findings[0];
    assert.equal(finding?.status, 'suppressed');
    assert.deepEqual(finding?.suppression, { source: 'annotation', reason: 'vendor chart, reviewed' });
  });

  it('.bulwark.yaml exceptions match rule, resource and path, and expire', () => {
    const directory = tempDir('config');
    writeFileSync(path.join(directory, 'a.yaml'), pod('a'));
    writeFileSync(path.join(directory, 'b.yaml'), pod('b'));
    writeFileSync(
      path.join(directory, '.bulwark.yaml'),
      'exceptions:\n  - rule: KW001\n    resource: Pod/a\n    path: "*.yaml"\n    reason: accepted\n    expires: 2999-12-31\n',
    );
    const byName = new Map(
      scan(directory).findings.map((finding) => [finding.resource.name, finding.status]),
    );
    assert.equal(byName.get('a'), 'suppressed');
    assert.equal(byName.get('b'), 'fail');
  });

  it('.bulwark.yaml turns rules off, overrides severity and ignores paths', () => {
    const directory = tempDir('config-rules');
    writeFileSync(path.join(directory, 'a.yaml'), pod('a'));
    writeFileSync(path.join(directory, 'vendor.yaml'), pod('v'));
    writeFileSync(
      path.join(directory, '.bulwark.yaml'),
      'rules:\n  KW001:\n    severity: low\nignore:\n  - vendor.yaml\n',
    );
    const run = runCli(['scan', '.', '--format', 'json'], { cwd: directory });
    const report = JSON.parse(run.stdout) as { findings: (JsonFinding & { severity: string })[] };
    const kw001 = report.findings.filter((finding) => finding.ruleId === 'KW001');
    assert.deepEqual(
      kw001.map((finding) => [finding.resource.name, finding.severity]),
      [['a', 'low']],
    );
    writeFileSync(path.join(directory, '.bulwark.yaml'), 'rules:\n  privileged-container: off\n');
    const off = JSON.parse(runCli(['scan', '.', '--format', 'json'], { cwd: directory }).stdout) as {
      findings: JsonFinding[];
    };
    assert.equal(off.findings.filter((finding) => finding.ruleId === 'KW001').length, 0);
  });

  it('an invalid .bulwark.yaml is a configuration error with its line', () => {
    const directory = tempDir('config-bad');
    writeFileSync(path.join(directory, 'a.yaml'), pod('a'));
    writeFileSync(path.join(directory, '.bulwark.yaml'), 'trustedRegistries: ghcr.io\nfailOn: loud\n');
    const run = runCli(['scan', '.', '--format', 'json'], { cwd: directory });
    assert.equal(run.status, 2);
    const report = JSON.parse(run.stdout) as { errors: { file: string; line: number; message: string }[] };
    assert.deepEqual(
      report.errors.map((error) => [error.file, error.line]),
      [
        ['.bulwark.yaml', 1],
        ['.bulwark.yaml', 2],
      ],
    );
    const explicit = runCli(['scan', '.', '--config', '.bulwark.yaml'], { cwd: directory });
    assert.equal(explicit.status, 2);
    assert.match(explicit.stderr, /\.bulwark\.yaml:1: invalid config at trustedRegistries/);
  });

  it('baselines hold fingerprints that survive moved lines and report only new findings', () => {
    const directory = tempDir('baseline');
    writeFileSync(path.join(directory, 'a.yaml'), pod('a'));
    const write = runCli(['scan', '.', '--rule', 'KW001', '--write-baseline', 'baseline.json'], {
      cwd: directory,
    });
    assert.equal(write.status, 1);
    const stored = JSON.parse(readFileSync(path.join(directory, 'baseline.json'), 'utf8')) as {
      fingerprints: string[];
    };
    assert.equal(stored.fingerprints.length, 1);
    const before = scan(directory)[`findings`][0];
    writeFileSync(path.join(directory, 'a.yaml'), `# moved down\n# by comments\n${pod('a')}`);
    const after = scan(directory).findings[0];
    assert.equal(after?.fingerprint, before?.fingerprint);
    assert.notEqual(after?.location.startLine, before?.location.startLine);
    assert.deepEqual(scan(directory, ['--baseline', 'baseline.json']).findings, []);
    assert.equal(
      runCli(['scan', '.', '--rule', 'KW001', '--baseline', 'baseline.json'], { cwd: directory }).status,
      0,
    );
    writeFileSync(path.join(directory, 'b.yaml'), pod('b'));
    const fresh = scan(directory, ['--baseline', 'baseline.json']).findings;
    assert.deepEqual(
      fresh.map((finding) => finding.resource.name),
      ['b'],
    );
    assert.equal(runCli(['scan', '.', '--baseline', 'missing.json'], { cwd: directory }).status, 2);
  });
});
