import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { Report } from '../../src/core/index.js';
import type { NodeRoot } from '../engines/node/node-root.js';
import { canChown, hardenedNode } from '../engines/node/node-root.js';
import { runCli, tempDir } from '../support/cli.js';

const cleanup: string[] = [];
after(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

function node(): NodeRoot {
  const root = hardenedNode();
  cleanup.push(root.dir);
  return root;
}

function workDir(): string {
  const dir = tempDir('node-cli');
  cleanup.push(dir);
  return dir;
}

const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
/** Root reads mode-000 folders; with the DAC override capabilities dropped it cannot, like any other user. */
const unprivileged = isRoot
  ? ['setpriv', '--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search']
  : [];

function report(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}

/** Without root the fixture files belong to the test user, so only modes are compared then. */
function judged(parsed: Report): Report['findings'] {
  return parsed.findings.filter((finding) => canChown || finding.location.path !== 'owner');
}

function located(parsed: Report, prefix: string): string[] {
  return judged(parsed)
    .filter((finding) => finding.ruleId.startsWith(prefix))
    .map((finding) => `${finding.ruleId} ${finding.location.file ?? ''} ${finding.location.path ?? ''}`);
}

describe('bulwark node', () => {
  it('passes a hardened node (exit 0) and names the root as given', () => {
    const root = node();
    const run = runCli([
      'node',
      '--root',
      root.dir,
      '--format',
      'json',
      '--rule',
      'KC104',
      '--rule',
      'DH087',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const parsed = report(run.stdout);
    assert.deepEqual(parsed.targets, [{ type: 'node', path: root.dir }]);
    assert.deepEqual(judged(parsed), []);
    assert.deepEqual(parsed.errors, []);
  });

  it('fails an insecure node (exit 1) with node paths and fields', () => {
    const root = node();
    chmodSync(root.host('/etc/kubernetes/kubelet.conf'), 0o644);
    chmodSync(root.host('/etc/kubernetes/pki/ca.key'), 0o640);
    const run = runCli(['node', '--root', root.dir, '--format', 'json', '--skip-rule', 'KC116']);
    assert.equal(run.status, 1, run.stderr);
    const parsed = report(run.stdout);
    assert.deepEqual(located(parsed, 'KC10'), [
      'KC102 /etc/kubernetes/kubelet.conf mode',
      'KC107 /etc/kubernetes/pki/ca.key mode',
    ]);
    assert.equal(parsed.findings.find((finding) => finding.ruleId === 'KC102')?.severity, 'high');
  });

  it('exits 2 for a file it cannot read (a FIFO), without hanging, and still reports the rest', () => {
    const root = node();
    rmSync(root.host('/var/lib/kubelet/config.yaml'));
    execFileSync('mkfifo', ['-m', '0644', root.host('/var/lib/kubelet/config.yaml')]);
    chmodSync(root.host('/etc/docker/daemon.json'), 0o666);
    const run = runCli(['node', '--root', root.dir, '--format', 'json']);
    assert.equal(run.status, 2, run.stderr);
    const parsed = report(run.stdout);
    assert.deepEqual(parsed.errors, [
      {
        file: '/var/lib/kubelet/config.yaml',
        line: 0,
        message: 'is a fifo, not a regular file: cannot read it',
      },
    ]);
    assert.deepEqual(located(parsed, 'DH088'), ['DH088 /etc/docker/daemon.json mode']);
    assert.deepEqual(located(parsed, 'KC104'), ['KC104 /var/lib/kubelet/config.yaml mode']);
  });

  it(
    'exits 2 for a folder it cannot list, naming it, and still reports the rest',
    { skip: isRoot && !hasSetpriv && process.env['CI'] !== 'true' ? 'setpriv missing' : false },
    () => {
      const root = node();
      root.file('/etc/kubernetes/pki/etcd/ca.key', { text: 'key', mode: 0o600 });
      chmodSync(root.host('/etc/kubernetes/pki/etcd'), 0o000);
      chmodSync(root.host('/etc/docker/daemon.json'), 0o666);
      try {
        const run = runCli(['node', '--root', root.dir, '--format', 'json'], { wrapper: unprivileged });
        assert.equal(run.status, 2, run.stderr);
        const parsed = report(run.stdout);
        assert.deepEqual(
          parsed.errors.map((error) => `${error.file}: ${error.message}`),
          ['/etc/kubernetes/pki/etcd: cannot list (EACCES)'],
        );
        assert.deepEqual(located(parsed, 'DH088'), ['DH088 /etc/docker/daemon.json mode']);
      } finally {
        chmodSync(root.host('/etc/kubernetes/pki/etcd'), 0o755);
      }
    },
  );

  it('writes a baseline and reports the one binary changed since (KC140)', () => {
    const root = node();
    const work = workDir();
    const written = runCli(
      [
        'node',
        '--root',
        root.dir,
        '--write-baseline',
        'baseline.json',
        '--format',
        'json',
        '--rule',
        'KC140',
      ],
      {
        cwd: work,
      },
    );
    assert.equal(written.status, 0, written.stderr);
    assert.match(written.stderr, /wrote baseline of 11 files to baseline\.json/);
    const baseline = readFileSync(path.join(work, 'baseline.json'), 'utf8');
    assert.match(baseline, /"schemaVersion": 1/);

    const clean = runCli(
      ['node', '--root', root.dir, '--baseline', 'baseline.json', '--format', 'json', '--rule', 'KC140'],
      {
        cwd: work,
      },
    );
    assert.equal(clean.status, 0, clean.stderr);
    assert.deepEqual(located(report(clean.stdout), 'KC140'), []);

    writeFileSync(root.host('/usr/bin/runc'), 'runc binary, replaced');
    const changed = runCli(
      ['node', '--root', root.dir, '--baseline', 'baseline.json', '--format', 'json', '--rule', 'KC140'],
      {
        cwd: work,
      },
    );
    assert.equal(changed.status, 1, changed.stderr);
    assert.deepEqual(located(report(changed.stdout), 'KC140'), ['KC140 /usr/bin/runc sha256']);
  });

  it('refuses --baseline with --write-baseline, a missing root and a baseline that is not one (exit 2)', () => {
    const root = node();
    const work = workDir();
    const both = runCli(['node', '--root', root.dir, '--baseline', 'a', '--write-baseline', 'b'], {
      cwd: work,
    });
    assert.equal(both.status, 2);
    assert.match(both.stderr, /--baseline or --write-baseline, not both/);
    const missingRoot = runCli(['node', '--root', 'no-such-root'], { cwd: work });
    assert.equal(missingRoot.status, 2);
    assert.match(missingRoot.stderr, /--root no-such-root: cannot read \(ENOENT\)/);
    writeFileSync(path.join(work, 'bad.json'), '{"schemaVersion": 9}');
    const bad = runCli(['node', '--root', root.dir, '--baseline', 'bad.json'], { cwd: work });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--baseline bad\.json: not a node baseline/);
  });

  it('writes SARIF and JUnit like the other commands', () => {
    const root = node();
    chmodSync(root.host('/etc/docker'), 0o775);
    const run = runCli(['node', '--root', root.dir, '--format', 'sarif', '--rule', 'DH082']);
    assert.equal(run.status, 0, run.stderr);
    const sarif = JSON.parse(run.stdout) as { runs: { results: { ruleId: string }[] }[] };
    assert.deepEqual([...new Set(sarif.runs[0]?.results.map((result) => result.ruleId))], ['DH082']);
    const junit = runCli([
      'node',
      '--root',
      root.dir,
      '--format',
      'junit',
      '--rule',
      'DH082',
      '--fail-on',
      'medium',
    ]);
    assert.equal(junit.status, 1);
    assert.match(junit.stdout, /<testsuites/);
  });
});
