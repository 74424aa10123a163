import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createLineCounter, jsonLocator } from '../../../src/engines/cluster/json-locator.js';
import { fromRoot } from '../../support/paths.js';
import { tempDir } from '../../support/cli.js';
import { auditSnapshot, brief } from './cluster-audit.js';
import { kubectlPrint } from './kubectl-print.js';

const fixtures = fromRoot('test', 'fixtures', 'cluster', 'snapshot');

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as Record<string, unknown>;
}

/** Every field path of a value, objects and arrays included. */
function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value))
    for (const [index, item] of value.entries()) paths.push(...allPaths(item, [...prefix, index]));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) paths.push(...allPaths(item, [...prefix, key]));
  return paths;
}

describe('JSON line locator', () => {
  it('finds every field on the line kubectl prints it on, with its column', () => {
    const object = readJson('deployment-web.json');
    const printed = kubectlPrint(object);
    const locate = jsonLocator(object, createLineCounter());
    for (const fieldPath of allPaths(object)) {
      const located = locate(fieldPath);
      assert.equal(located.exact, true);
      const line = printed[located.range.startLine - 1] ?? '';
      const last = fieldPath[fieldPath.length - 1];
      const expected = fieldPath.length === 0 ? '{' : typeof last === 'string' ? `"${last}": ` : '';
      assert.ok(line.includes(expected), `${JSON.stringify(fieldPath)} -> ${line}`);
      assert.equal(located.range.startColumn, fieldPath.length === 0 ? 1 : line.search(/\S/) + 1);
      assert.equal(located.ancestorLines.length, fieldPath.length + 1);
    }
  });

  it('places an omitted field on its closest ancestor, and an object ends on its closing brace', () => {
    const object = readJson('deployment-web.json');
    const printed = kubectlPrint(object);
    const locate = jsonLocator(object);
    const omitted = locate(['spec', 'template', 'spec', 'securityContext']);
    assert.equal(omitted.exact, false);
    assert.equal(printed[omitted.range.startLine - 1]?.trim(), '"spec": {');
    assert.equal(printed[omitted.range.endLine - 1]?.trim(), '}');
    assert.equal(locate([]).range.endLine, printed.length);
  });
});

describe('cluster audit of kubectl get -o json snapshots', () => {
  it('judges a single object file at kubectl print lines, in KIND/NAMESPACE/NAME', async () => {
    const result = await auditSnapshot(['deployment-web.json'], fixtures);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.targets, [{ type: 'kubernetes', path: 'deployment-web.json' }]);
    const printed = kubectlPrint(readJson('deployment-web.json'));
    const runAsNonRoot = result.findings.find((finding) => finding.ruleId === 'KW015');
    assert.equal(
      runAsNonRoot === undefined ? '' : brief(runAsNonRoot),
      'KW015 Deployment/shop/web:27 spec.template.spec.securityContext.runAsNonRoot',
    );
    assert.equal(printed[26]?.trim(), '"spec": {');
    const image = result.findings.find((finding) => finding.ruleId === 'KW026');
    assert.equal(printed[(image?.location.startLine ?? 0) - 1]?.trim(), '"image": "nginx:1.25",');
    assert.deepEqual(result.coverage, [
      { kind: 'Deployment', apiVersion: 'apps/v1', status: 'listed', count: 1 },
    ]);
    assert.equal(result.incomplete, false);
    assert.match(
      result.notes[0] ?? '',
      /^the snapshot holds no Namespace, Pod, .*: objects of these kinds were not judged$/,
    );
  });

  it('reads a folder of per-kind files and Lists, and the index joins them (binding to cluster-admin)', async () => {
    const result = await auditSnapshot(['kinds'], fixtures);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      result.targets.map((target) => target.path),
      ['kinds/ci-sa.json', 'kinds/crb.json', 'kinds/job.json', 'kinds/ns.json'],
    );
    const admin = result.findings.filter(
      (finding) => finding.location.file === 'ClusterRoleBinding/ci-admin',
    );
    assert.ok(
      admin.some((finding) => brief(finding) === 'KR001 ClusterRoleBinding/ci-admin:14 subjects[0]'),
      admin.map(brief).join('\n'),
    );
    assert.ok(result.findings.some((finding) => finding.location.file === 'Job/shop/once'));
    assert.equal(result.coverage.find((entry) => entry.kind === 'ServiceAccount')?.count, 1);
  });

  it('reports a broken file with its line and still judges the others', async () => {
    const folder = tempDir('cluster-broken');
    writeFileSync(
      path.join(folder, 'a-broken.json'),
      '{\n  "kind": "List",\n  "items": [\n    {"kind": "Pod"]\n  ]\n}\n',
    );
    writeFileSync(path.join(folder, 'b-web.json'), readFileSync(path.join(fixtures, 'deployment-web.json')));
    writeFileSync(path.join(folder, 'c-other.json'), '{"hello": "world"}\n');
    const result = await auditSnapshot(['.', 'missing.json'], folder);
    assert.deepEqual(
      result.errors.map((error) => `${error.file}:${error.line}`),
      ['a-broken.json:4', 'c-other.json:1', 'missing.json:1'],
    );
    assert.match(result.errors[2]?.message ?? '', /no such file/);
    assert.ok(result.findings.some((finding) => finding.location.file === 'Deployment/shop/web'));
  });

  it('reports an object the schemas refuse at its field, with the other objects judged', async () => {
    const folder = tempDir('cluster-bad-object');
    const web = readJson('deployment-web.json');
    const bad = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'bad', namespace: 'shop' },
      spec: { containers: 'nginx' },
    };
    writeFileSync(
      path.join(folder, 'list.json'),
      JSON.stringify({ kind: 'List', apiVersion: 'v1', items: [bad, web] }),
    );
    const result = await auditSnapshot(['list.json'], folder);
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0]?.file, 'Pod/shop/bad');
    assert.equal(result.errors[0]?.line, 9);
    assert.ok(result.findings.some((finding) => finding.location.file === 'Deployment/shop/web'));
  });
});
