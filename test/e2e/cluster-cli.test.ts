import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { runCli, tempDir } from '../support/cli.js';
import { fromRoot } from '../support/paths.js';
import { startReplayServer, writeKubeconfig } from '../engines/cluster/replay-server.js';

const snapshots = path.join('test', 'fixtures', 'cluster', 'snapshot');

interface JsonReport {
  findings: { ruleId: string; location: { file: string; startLine: number } }[];
  errors: { file: string; message: string }[];
  coverage?: { kind: string; status: string; count?: number }[];
}

/** The CLI as a child that does not block this process, which serves the replayed API meanwhile. */
function runCliAsync(args: readonly string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [fromRoot('bin', 'bulwark.js'), ...args], {
      cwd: fromRoot(),
      env: { ...process.env, NO_COLOR: '1', HOME: tempDir('cluster-home'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('bulwark cluster', () => {
  it('audits a snapshot folder: JSON report with coverage, exit 1 on a high finding', () => {
    const run = runCli(['cluster', '--snapshot', path.join(snapshots, 'kinds'), '--format', 'json']);
    assert.equal(run.status, 1, run.stderr);
    assert.notEqual(run.stdout, '', run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.ok(report.findings.some((finding) => finding.ruleId === 'KR001'));
    assert.deepEqual(
      report.coverage?.map((entry) => `${entry.kind} ${entry.status} ${entry.count ?? ''}`),
      ['ClusterRoleBinding listed 1', 'Job listed 1', 'Namespace listed 1', 'ServiceAccount listed 1'],
    );
  });

  it('writes a PolicyReport per namespace and a ClusterPolicyReport for cluster-scoped objects', () => {
    const run = runCli([
      'cluster',
      '--snapshot',
      path.join(snapshots, 'kinds'),
      '--format',
      'policy-report',
      '--fail-on',
      'none',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const documents = parseAllDocuments(run.stdout).map(
      (document) => document.toJS() as Record<string, unknown>,
    );
    const placed = documents.map((document) => {
      const metadata = document['metadata'] as { namespace?: string };
      const results = document['results'] as { resources?: { kind: string }[] }[];
      return [
        document['kind'],
        metadata.namespace,
        [...new Set(results.map((result) => result.resources?.[0]?.kind))].sort(),
      ];
    });
    assert.deepEqual(placed, [
      ['PolicyReport', 'shop', ['Job']],
      ['ClusterPolicyReport', undefined, ['ClusterRoleBinding', 'Namespace']],
    ]);
  });

  it('refuses --context with --snapshot', () => {
    const run = runCli(['cluster', '--snapshot', snapshots, '--context', 'prod']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--context or --snapshot, not both/);
  });

  it('audits a live cluster through KUBECONFIG and exits 2 when a kind is forbidden, with a coverage block', async () => {
    const server = await startReplayServer();
    try {
      const kubeconfig = writeKubeconfig([{ name: 'replay', server: server.url }]);
      const output = path.join(tempDir('cluster-out'), 'report.json');
      const run = await runCliAsync(
        ['cluster', '--format', 'json', '--output', output, '--format', 'table'],
        {
          KUBECONFIG: kubeconfig,
        },
      );
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stdout, /^Deployment\/shop\/web$/m);
      assert.match(run.stdout, /^Coverage\n {2}listed {6}ClusterRoleBinding 0, .*Deployment 1, .*Pod 3, /m);
      assert.match(
        run.stdout,
        /^ {2}forbidden {3}ClusterRole \(rbac\.authorization\.k8s\.io\/v1\): clusterroles/m,
      );
      assert.match(
        run.stdout,
        /^ {2}not served {2}CiliumClusterwideNetworkPolicy \(cilium\.io\/v2\), CiliumNetworkPolicy/m,
      );
      const report = JSON.parse(readFileSync(output, 'utf8')) as JsonReport;
      assert.equal(report.coverage?.find((entry) => entry.kind === 'ClusterRole')?.status, 'forbidden');
      assert.ok(report.errors.some((error) => error.file === 'cluster' && /forbidden/.test(error.message)));
    } finally {
      await server.close();
    }
  });

  it('exits 2 with a clear error when the cluster is unreachable', async () => {
    const server = await startReplayServer();
    const url = server.url;
    await server.close();
    const run = await runCliAsync(['cluster', '--request-timeout', '5'], {
      KUBECONFIG: writeKubeconfig([{ name: 'gone', server: url }]),
    });
    assert.equal(run.status, 2);
    assert.match(run.stdout, /cluster unreachable at http:\/\/127\.0\.0\.1:\d+/);
  });
});
