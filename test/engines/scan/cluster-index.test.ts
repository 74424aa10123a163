import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitDocuments } from '../../../src/engines/scan/document-pieces.js';
import { gatherCrossFileFacts } from '../../../src/engines/scan/cross-file-facts.js';
import { indexJobs } from '../../../src/engines/scan/index-files.js';
import { scanPaths } from '../../../src/engines/scan/scan.js';
import { earlyIndexParts } from '../../../src/core/index.js';
import { ruleRegistry } from '../../../src/rules/index.js';
import { indexPartOf } from '../../../src/rules/kubernetes/cluster-utils/collect.js';
import { earlyIndexedKinds } from '../../../src/engines/scan/cross-file-facts.js';
import {
  clusterRole,
  deployment,
  lineOf,
  manifest,
  role,
  roleBinding,
  sa,
  serviceAccount,
} from '../../rules/kubernetes/rbac/rbac-manifests.js';
import { scanRequest, writeTree } from './scan-helpers.js';

function job(display: string, text: string) {
  return { display, identityPath: display, kind: 'yaml' as const, text };
}

const rbacFile = manifest(
  serviceAccount('web'),
  role('reader', [
    { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
    { apiGroups: [''], resources: ['secrets'], verbs: ['get'] },
  ]),
  roleBinding('reader', { kind: 'Role', name: 'reader' }, [sa('web')]),
);

const snapshot = JSON.stringify(
  {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { team: 'a' } } },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'viewer' },
        rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['list'] }],
      },
    ],
  },
  null,
  2,
);

describe('the cluster index', () => {
  it('holds every object cross-object rules need, each at its file and line', () => {
    const indexed = indexJobs([
      job('rbac.yaml', rbacFile),
      job('web.yaml', deployment('web', 'shop', 'web')),
      job('list.json', snapshot),
    ]);
    assert.deepEqual(indexed.errors, []);
    const { cluster } = indexed;
    assert.deepEqual(
      cluster.roles.map(
        (entry) =>
          `${entry.kind} ${entry.name} ${entry.file}:${entry.line} rules@${entry.rules.map((rule) => rule.line).join(',')}`,
      ),
      [
        `ClusterRole viewer list.json:${lineOf(snapshot, '"apiVersion": "rbac') - 1} rules@${lineOf(snapshot, '"rules"') + 1}`,
        `Role reader rbac.yaml:${lineOf(rbacFile, 'kind: Role') - 1} rules@${lineOf(rbacFile, 'pods')},${lineOf(rbacFile, 'secrets')}`,
      ],
    );
    assert.deepEqual(
      cluster.bindings.map(
        (entry) => `${entry.name}:${entry.roleRef.kind}/${entry.roleRef.name}:${entry.subjects.length}`,
      ),
      ['reader:Role/reader:1'],
    );
    assert.deepEqual(
      cluster.serviceAccounts.map((entry) => `${entry.namespace}/${entry.name}@${entry.line}`),
      ['shop/web@1'],
    );
    assert.deepEqual(
      cluster.workloads.map(
        (entry) =>
          `${entry.kind} ${entry.name} ${entry.serviceAccountName} ${JSON.stringify(entry.podLabels)} ${entry.file}:${entry.line}`,
      ),
      ['Deployment web web {"app":"web"} web.yaml:1'],
    );
    assert.deepEqual(
      cluster.namespaces.map((entry) => `${entry.name} ${entry.labels['team']}`),
      ['shop a'],
    );
  });

  it('reports a malformed role or binding at its line and keeps everything else', () => {
    const bad = manifest(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r, namespace: shop}\nrules:\n  - verbs: get\n',
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b, namespace: shop}\nsubjects: []\n',
      serviceAccount('web'),
    );
    const indexed = indexJobs([job('bad.yaml', bad)]);
    assert.deepEqual(
      indexed.errors.map((error) => `${error.line}: ${error.message.split(':').slice(0, 2).join(':')}`),
      ['5: invalid Role: rules[0].verbs', '7: invalid RoleBinding: roleRef'],
    );
    assert.equal(indexed.cluster.serviceAccounts.length, 1);
  });

  it('files only what cross-object rules read, by kind and API group', () => {
    assert.equal(indexPartOf('Role', 'rbac.authorization.k8s.io/v1'), 'roles');
    assert.equal(indexPartOf('Role', 'example.com/v1'), undefined);
    assert.equal(indexPartOf('NetworkPolicy', 'networking.k8s.io/v1'), 'networkPolicies');
    assert.equal(indexPartOf('NetworkPolicy', 'projectcalico.org/v3'), 'networkPolicies');
    assert.equal(indexPartOf('CiliumNetworkPolicy', 'cilium.io/v2'), 'networkPolicies');
    assert.equal(indexPartOf('Secret', 'v1'), undefined);
  });

  it('the pre-pass reads namespace Pod Security labels only: no kind is parsed twice', () => {
    const labelled = [
      'apiVersion: v1',
      'kind: Namespace',
      'metadata:',
      '  name: shop',
      '  labels:',
      '    pod-security.kubernetes.io/enforce: restricted',
    ].join('\n');
    const text = `${manifest(clusterRole('x', []), serviceAccount('a', 'shop', false))}---\n${labelled}\n`;
    const facts = gatherCrossFileFacts([job('mixed.yaml', text)]);
    assert.deepEqual([...facts.namespaces.keys()], ['shop']);
    for (const [part, entries] of Object.entries(facts.cluster))
      assert.deepEqual(entries, [], `the pre-pass indexes no ${part}`);
    for (const part of earlyIndexParts)
      assert.ok(
        earlyIndexedKinds.some((kind) => indexPartOf(kind, 'v1') === part),
        `the pre-pass reads ${part}`,
      );
  });

  it('cuts YAML streams at their --- lines, with the lines before each piece', () => {
    const text = 'a: 1\n---\nb: 2\nc: 3\n--- # note\nd: 4\n';
    assert.deepEqual(splitDocuments(text), [
      { text: 'a: 1\n', lineOffset: 0 },
      { text: '\nb: 2\nc: 3\n', lineOffset: 1 },
      { text: '\nd: 4\n', lineOffset: 4 },
    ]);
    assert.deepEqual(splitDocuments('{"kind": "List"}\n---\n'), [
      { text: '{"kind": "List"}\n---\n', lineOffset: 0 },
    ]);
  });

  it('a scan returns the index of the whole input', async () => {
    const root = writeTree('index', {
      'rbac.yaml': rbacFile,
      'apps/web.yaml': deployment('web', 'shop', 'web'),
    });
    const result = await scanPaths(scanRequest(root), ruleRegistry);
    assert.deepEqual(
      result.cluster.workloads.map((entry) => entry.file),
      ['apps/web.yaml'],
    );
    assert.deepEqual(
      result.cluster.bindings.map((entry) => entry.file),
      ['rbac.yaml'],
    );
  });
});
