// `bulwark host` end to end: the real CLI in a child process against a private dockerd with three judged containers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { createJudgedContainers, hostTools, startTestHost } from '../engines/host/support/test-host.js';
import type { TestHost } from '../engines/host/support/test-host.js';
import { runCli, tempDir } from '../support/cli.js';
import { skipUnlessTools } from '../support/real-images.js';

const skip = skipUnlessTools(hostTools);

const JsonReport = z.object({
  schemaVersion: z.literal(1),
  targets: z.array(z.object({ type: z.string(), path: z.string() })),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      severity: z.string(),
      location: z.object({ file: z.string(), startLine: z.number().optional(), path: z.string().optional() }),
    }),
  ),
  errors: z.array(z.object({ file: z.string(), line: z.number(), message: z.string() })),
  notes: z.array(z.string()).optional(),
});

describe('bulwark host (CLI) against a private dockerd', { skip }, () => {
  let host: TestHost;

  before(async () => {
    host = await startTestHost();
    await createJudgedContainers(host);
  });

  after(async () => {
    await host?.stop();
  });

  function hostCli(...args: string[]) {
    return runCli(['host', '--docker-host', host.dockerd.host, ...args]);
  }

  it('reports the daemon, containers, image and client in JSON, and exits 1 on critical findings', () => {
    const run = hostCli('--format', 'json');
    assert.equal(run.status, 1, run.stderr);
    const report = JsonReport.parse(JSON.parse(run.stdout));
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.targets, [{ type: 'daemon', path: host.dockerd.host }]);
    const files = new Set(report.findings.map((finding) => finding.location.file));
    for (const file of [
      'dockerd',
      'docker:container/insecure',
      'docker:container/priv',
      'docker:local/rootfs:1',
      'environment',
    ])
      assert.ok(files.has(file), `a finding in ${file}`);
    assert.ok(!files.has('docker:container/hardened'));
    const privileged = report.findings.find((finding) => finding.ruleId === 'DH030');
    assert.deepEqual(privileged?.location, { file: 'docker:container/priv', path: 'HostConfig.Privileged' });
  });

  it('filters by rule and severity, and writes other formats to files', () => {
    const only = JsonReport.parse(JSON.parse(hostCli('--format', 'json', '--rule', 'DH030').stdout));
    assert.deepEqual(
      only.findings.map((finding) => [finding.ruleId, finding.location.file]),
      [['DH030', 'docker:container/priv']],
    );
    const critical = JsonReport.parse(
      JSON.parse(hostCli('--format', 'json', '--severity', 'critical').stdout),
    );
    assert.ok(critical.findings.length >= 3);
    assert.ok(critical.findings.every((finding) => finding.severity === 'critical'));
    const folder = tempDir('host-cli');
    const sarifFile = path.join(folder, 'host.sarif');
    const run = hostCli(
      ...['--format', 'sarif', '--output', sarifFile],
      ...['--format', 'table', '--fail-on', 'none'],
    );
    assert.equal(run.status, 0, run.stderr);
    const sarif = z
      .object({ runs: z.array(z.object({ results: z.array(z.object({ ruleId: z.string() })) })) })
      .parse(JSON.parse(readFileSync(sarifFile, 'utf8')));
    assert.ok(sarif.runs[0]?.results.some((result) => result.ruleId === 'DH033'));
    assert.match(run.stdout, /DH030/);
  });

  it('exits 2 with the reason when the engine cannot be reached, and still judges what it could read', () => {
    const run = runCli([
      'host',
      '--docker-host',
      'unix:///nonexistent-bulwark/docker.sock',
      '--format',
      'json',
    ]);
    assert.equal(run.status, 2, run.stderr);
    const report = JsonReport.parse(JSON.parse(run.stdout));
    assert.equal(report.errors.length, 1);
    assert.match(report.errors[0]?.message ?? '', /the socket does not exist/);
    assert.ok(report.findings.some((finding) => finding.ruleId === 'DH100'));
    // The test's own dockerd listens elsewhere: its flags must not be taken for this address's daemon.
    assert.ok(!report.findings.some((finding) => finding.location.file === 'dockerd'));
  });

  it('refuses an address it cannot speak to as a usage error', () => {
    const run = runCli(['host', '--docker-host', 'ssh://user@example.test']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /the ssh transport is not supported/);
  });

  it('says so when it cannot see any dockerd process', () => {
    const run = hostCli('--format', 'json', '--proc-root', tempDir('host-empty-proc'), '--fail-on', 'none');
    assert.equal(run.status, 0, run.stderr);
    const report = JsonReport.parse(JSON.parse(run.stdout));
    assert.deepEqual(report.notes, ['dockerd flags were not checked: no dockerd process is visible']);
    assert.ok(!report.findings.some((finding) => finding.location.file === 'dockerd'));
  });
});
