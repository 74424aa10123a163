import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractKubernetesObjects, parseYamlDocuments, toPodSpecView } from '../../src/sources/index.js';

describe('YAML source', () => {
  it('decodes like Kubernetes: YAML 1.1 booleans and octals, merge keys, timestamps kept as strings', () => {
    const { documents, errors } = parseYamlDocuments(
      'base: &b {privileged: yes, mode: 0644}\nitem:\n  <<: *b\n  readOnly: off\n  expires: 2027-06-30\n  port: "8080"\n',
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(documents[0]?.value, {
      base: { privileged: true, mode: 420 },
      item: { privileged: true, mode: 420, readOnly: false, expires: '2027-06-30', port: '8080' },
    });
  });

  it('skips empty documents and comments, keeps document indexes and first lines', () => {
    const { documents } = parseYamlDocuments('---\n# only a comment\n---\n\n---\na: 1\n---\nb: 2\n');
    assert.deepEqual(
      documents.map((document) => [document.index, document.startLine]),
      [
        [2, 6],
        [3, 8],
      ],
    );
  });

  it('locates fields, and the deepest existing ancestor for omitted fields', () => {
    const text =
      'spec:\n  containers:\n    - name: a\n      securityContext:\n        privileged: true\n    - name: b\n';
    const document = parseYamlDocuments(text).documents[0];
    assert.ok(document);
    const exact = document.locate(['spec', 'containers', 0, 'securityContext', 'privileged']);
    assert.deepEqual([exact.range.startLine, exact.range.startColumn, exact.exact], [5, 9, true]);
    const omitted = document.locate(['spec', 'containers', 1, 'securityContext', 'runAsNonRoot']);
    assert.deepEqual([omitted.range.startLine, omitted.exact], [6, false]);
    // Key and item lines only: a collection starting on its first item's line must not stand for its siblings.
    assert.deepEqual(omitted.ancestorLines, [1, 1, 2, 6]);
  });

  it('reports every broken document with its line and keeps the good ones', () => {
    const parsed = parseYamlDocuments('a: 1\n---\nb: [1, 2\n---\nc: 3\n');
    assert.deepEqual(
      parsed.documents.map((document) => document.value),
      [{ a: 1 }, { c: 3 }],
    );
    assert.ok(parsed.errors.length > 0);
    assert.ok(parsed.errors.every((error) => error.line >= 3 && error.line <= 4));
  });
});

describe('Kubernetes objects', () => {
  it('expands List kinds with paths relative to each item', () => {
    const text = JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'List',
        items: [
          {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: 'a', namespace: 'x' },
            spec: { containers: [{ name: 'c' }] },
          },
          { note: 'not an object' },
          { apiVersion: 'apps/v1', kind: 'DeploymentList', items: [] },
        ],
      },
      null,
      2,
    );
    const { units, errors } = extractKubernetesObjects(parseYamlDocuments(text).documents, 'list.json');
    assert.deepEqual(errors, []);
    assert.deepEqual(
      units.map((unit) => [unit.resource.kind, unit.resource.name, unit.resource.namespace]),
      [['Pod', 'a', 'x']],
    );
    const pod = units[0];
    assert.ok(pod);
    assert.equal(pod.locate(['spec', 'containers', 0, 'name']).range.startLine, 15);
  });

  it('ignores documents that are not Kubernetes objects', () => {
    const parsed = parseYamlDocuments('name: chart\nversion: 1.0.0\n---\nkind: Pod\n---\napiVersion: v1\n');
    assert.deepEqual(extractKubernetesObjects(parsed.documents, 'x.yaml').units, []);
  });

  it('gives every workload kind one pod-spec view with full paths, init and ephemeral containers included', () => {
    const text = [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: c}',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        metadata:',
      '          annotations: {a: b}',
      '        spec:',
      '          initContainers: [{name: i}]',
      '          containers: [{name: m}]',
      '          ephemeralContainers: [{name: e}]',
    ].join('\n');
    const unit = extractKubernetesObjects(parseYamlDocuments(text).documents, 'c.yaml').units[0];
    assert.ok(unit);
    const { view } = toPodSpecView(unit);
    assert.ok(view);
    assert.equal(view.podMetadata.annotations?.['a'], 'b');
    assert.deepEqual(
      view.containers.map((entry) => [entry.name, entry.path.join('.')]),
      [
        ['i', 'spec.jobTemplate.spec.template.spec.initContainers.0'],
        ['m', 'spec.jobTemplate.spec.template.spec.containers.0'],
        ['e', 'spec.jobTemplate.spec.template.spec.ephemeralContainers.0'],
      ],
    );
  });
});
