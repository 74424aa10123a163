import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ClusterAuditResult } from '../../../src/engines/cluster/audit.js';
import { tempDir } from '../../support/cli.js';
import { auditLive, auditSnapshot, brief } from './cluster-audit.js';
import { kubectlPrint, lastKey } from './kubectl-print.js';
import type { ReplayServer } from './replay-server.js';
import { apiFixtures, replaySnapshot, startReplayServer, writeKubeconfig } from './replay-server.js';

function fixtureItem(file: string, index: number): Record<string, unknown> {
  const list = JSON.parse(readFileSync(path.join(apiFixtures, file), 'utf8')) as {
    items: Record<string, unknown>[];
  };
  const item = list.items[index];
  assert.ok(item);
  return item;
}

function coverageOf(result: ClusterAuditResult, kind: string, apiVersion: string) {
  return result.coverage.find((entry) => entry.kind === kind && entry.apiVersion === apiVersion);
}

describe('cluster audit on replayed API responses', () => {
  let server: ReplayServer;
  let kubeconfig: string;
  let result: ClusterAuditResult;

  before(async () => {
    server = await startReplayServer();
    kubeconfig = writeKubeconfig([{ name: 'replay', server: server.url }]);
    result = await auditLive(kubeconfig, { pageSize: 1 });
  });
  after(() => server.close());

  it('lists every kind with limit, follows metadata.continue to the second page, and sends the token', () => {
    assert.ok(server.requests.includes('/api/v1/pods?limit=1'));
    assert.ok(server.requests.includes('/api/v1/pods?limit=1&continue=page2'));
    assert.ok(server.requests.includes('/apis/apps/v1/deployments?limit=1'));
    assert.ok(server.authorizations.every((header) => header === 'Bearer replay-token'));
    assert.equal(coverageOf(result, 'Pod', 'v1')?.count, 3);
    assert.equal(coverageOf(result, 'Pod', 'v1')?.status, 'listed');
  });

  it('judges the Deployment at the line kubectl prints the field on, not the ReplicaSet and Pods it owns', () => {
    const privileged = result.findings.filter((finding) => finding.ruleId === 'KW001').map(brief);
    assert.deepEqual(privileged, [
      'KW001 Deployment/shop/web:49 spec.template.spec.containers[0].securityContext.privileged',
    ]);
    const printed = kubectlPrint({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      ...fixtureItem('apis_apps_v1_deployments.json', 0),
    });
    assert.match(printed[48] ?? '', /^ {28}"privileged": true$/);
    const files = new Set(result.findings.map((finding) => finding.location.file));
    assert.ok(
      ![...files].some((file) => file?.startsWith('ReplicaSet/') || file?.startsWith('Pod/shop/web-')),
    );
    assert.ok(!files.has('Job/shop/report-29400780'), 'a CronJob judges its Jobs');
    assert.ok(files.has('CronJob/shop/report'));
  });

  it('judges a pod no controller owns, and every finding sits on a line that names its field', () => {
    assert.ok(result.findings.some((finding) => brief(finding) === 'KW003 Pod/shop/debug:27 spec.hostPID'));
    const objects = new Map<string, Record<string, unknown>>();
    for (const item of replaySnapshot()['items'] as Record<string, unknown>[]) {
      const metadata = item['metadata'] as { name: string; namespace?: string };
      objects.set(
        `${String(item['kind'])}/${metadata.namespace === undefined ? '' : `${metadata.namespace}/`}${metadata.name}`,
        item,
      );
    }
    for (const finding of result.findings) {
      const object = objects.get(finding.location.file ?? '');
      assert.ok(object, `no object for ${finding.location.file}`);
      const line = kubectlPrint(object)[(finding.location.startLine ?? 0) - 1] ?? '';
      const key = lastKey(finding.location.path ?? '');
      // An omitted field is reported on its closest ancestor that exists; an array element on its own line.
      if (line.includes(`"${key}"`)) continue;
      if (/\]$/.test(finding.location.path ?? '') && !line.includes('":')) continue;
      const ancestors = (finding.location.path ?? '').replace(/\[\d+\]/g, '').split('.');
      assert.ok(
        line.trim() === '{' || ancestors.some((ancestor) => line.includes(`"${ancestor}"`)),
        `${brief(finding)}: line is ${line}`,
      );
    }
  });

  it('reports a 403 as a forbidden kind and an error, never as passed', () => {
    const clusterRoles = coverageOf(result, 'ClusterRole', 'rbac.authorization.k8s.io/v1');
    assert.equal(clusterRoles?.status, 'forbidden');
    assert.match(clusterRoles?.message ?? '', /cannot list resource "clusterroles"/);
    assert.equal(result.incomplete, true);
    assert.ok(result.errors.some((error) => /could not list ClusterRole .*forbidden/.test(error.message)));
  });

  it('reports a 404 for a custom resource as not served, which is no gap', () => {
    assert.equal(coverageOf(result, 'CiliumNetworkPolicy', 'cilium.io/v2')?.status, 'not-served');
    assert.equal(coverageOf(result, 'GlobalNetworkPolicy', 'crd.projectcalico.org/v1')?.status, 'not-served');
    assert.ok(!result.errors.some((error) => error.message.includes('Cilium')));
  });

  it('gives exactly the same findings from a kubectl get -o json snapshot of the same objects', async () => {
    const folder = tempDir('cluster-snapshot');
    writeFileSync(path.join(folder, 'all.json'), JSON.stringify(replaySnapshot(), null, 4));
    const fromSnapshot = await auditSnapshot(['all.json'], folder);
    assert.deepEqual(fromSnapshot.errors, []);
    assert.ok(result.findings.length > 10);
    assert.deepEqual(fromSnapshot.findings, result.findings);
  });

  it('judges only the namespace asked for, while RBAC still sees every binding', async () => {
    const scoped = await auditLive(kubeconfig, { namespace: 'default' });
    assert.ok(server.requests.includes('/api/v1/namespaces/default/pods?limit=500'));
    assert.ok(
      scoped.findings.every(
        (finding) => finding.resource.namespace === 'default' || finding.resource.name === 'default',
      ),
    );
    assert.ok(!scoped.findings.some((finding) => finding.location.file === 'Deployment/shop/web'));
  });
});

describe('cluster audit when the API server fails', () => {
  it('ends a request that does not answer in time and reports that kind as failed', async () => {
    const server = await startReplayServer({ hang: ['/api/v1/configmaps'] });
    try {
      const kubeconfig = writeKubeconfig([{ name: 'slow', server: server.url }]);
      const result = await auditLive(kubeconfig, { timeoutMs: 300 });
      const configMaps = coverageOf(result, 'ConfigMap', 'v1');
      assert.equal(configMaps?.status, 'failed');
      assert.match(configMaps?.message ?? '', /no answer within 0.3 s/);
      assert.equal(coverageOf(result, 'Deployment', 'apps/v1')?.status, 'listed');
      assert.ok(
        result.findings.some((finding) => finding.ruleId === 'KW001'),
        'the other kinds are still judged',
      );
      assert.equal(result.incomplete, true);
    } finally {
      await server.close();
    }
  });

  it('says the cluster is unreachable when nothing answers', async () => {
    const server = await startReplayServer();
    const url = server.url;
    await server.close();
    const result = await auditLive(writeKubeconfig([{ name: 'gone', server: url }]));
    assert.equal(result.incomplete, true);
    assert.deepEqual(result.findings, []);
    assert.equal(result.errors.length, 1);
    assert.match(
      result.errors[0]?.message ?? '',
      /^cluster unreachable at http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/,
    );
  });

  it('uses the context asked for, and refuses one the kubeconfig does not have', async () => {
    const server = await startReplayServer();
    try {
      const closed = await startReplayServer();
      const closedUrl = closed.url;
      await closed.close();
      const kubeconfig = writeKubeconfig([
        { name: 'gone', server: closedUrl },
        { name: 'replay', server: server.url },
      ]);
      const chosen = await auditLive(kubeconfig, { context: 'replay' });
      assert.equal(coverageOf(chosen, 'Deployment', 'apps/v1')?.status, 'listed');
      assert.deepEqual(chosen.targets, [{ type: 'kubernetes', path: 'cluster:replay' }]);
      const unknown = await auditLive(kubeconfig, { context: 'prod' });
      assert.deepEqual(
        unknown.errors.map((error) => error.message),
        ['no context prod in the kubeconfig'],
      );
      assert.equal(unknown.incomplete, true);
    } finally {
      await server.close();
    }
  });
});
