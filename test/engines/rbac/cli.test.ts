import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from '../../support/cli.js';

const fixtures = path.join('test', 'fixtures', 'rbac');
const team = path.join(fixtures, 'team.yaml');
const snapshot = path.join(fixtures, 'snapshot.json');

interface WhoCanJson {
  schemaVersion: number;
  subjects: {
    subject: { kind: string; name: string; namespace?: string };
    binding: { name: string; file?: string; line?: number; builtIn?: boolean };
    role: { kind: string; name: string };
    rule: { line?: number; role: { name: string } };
    onlyNames?: string[];
  }[];
  errors: { file: string; line: number; message: string }[];
}

interface CanJson {
  subject: { kind: string; name: string };
  grants: { binding: { name: string }; roleStatus: string; rules: { line?: number; verbs: string[] }[] }[];
  workloads: { kind: string; name: string; file?: string; line?: number }[];
}

function whoCan(...args: string[]): WhoCanJson {
  const run = runCli(['rbac', 'who-can', ...args, '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as WhoCanJson;
}

function subjects(answer: WhoCanJson): string[] {
  return answer.subjects.map((row) => {
    const { kind, name, namespace } = row.subject;
    const only = row.onlyNames === undefined ? '' : ` only ${row.onlyNames.join(',')}`;
    return `${kind} ${namespace === undefined ? '' : `${namespace}/`}${name} <- ${row.binding.name}${only}`;
  });
}

describe('bulwark rbac who-can', () => {
  it('lists subjects with the binding and rule that allow the request', () => {
    const answer = whoCan('create', 'pods', team);
    assert.deepEqual(subjects(answer), [
      'Group shop:leads <- leads',
      'Group system:masters <- cluster-admin',
      'ServiceAccount ci/deploy-bot <- deploy-bot',
    ]);
    const bot = answer.subjects.find((row) => row.binding.name === 'deploy-bot');
    assert.deepEqual(
      [bot?.binding.file, bot?.binding.line, bot?.rule.line],
      [team.split(path.sep).join('/'), 55, 51],
    );
  });

  it('reads kubectl List snapshots, limits to a namespace, and says when only some names are allowed', () => {
    assert.deepEqual(subjects(whoCan('get', 'secrets', '-n', 'shop', snapshot)), [
      'Group oncall <- oncall',
      'Group system:masters <- cluster-admin',
      'ServiceAccount shop/web <- web only web-tls',
    ]);
    assert.deepEqual(subjects(whoCan('get', 'secrets', '-n', 'billing', snapshot)), [
      'Group oncall <- oncall',
      'Group system:masters <- cluster-admin',
    ]);
    assert.equal(subjects(whoCan('list', 'secrets', snapshot)).length, 2, 'its rule grants get only');
    assert.deepEqual(subjects(whoCan('create', 'secrets', snapshot)), [
      'Group oncall <- oncall',
      'Group system:masters <- cluster-admin',
    ]);
  });

  it('answers non-resource URLs and groups given with the resource', () => {
    assert.deepEqual(subjects(whoCan('get', '/healthz', team)), [
      'Group system:authenticated <- system:discovery',
      'Group system:authenticated <- system:public-info-viewer',
      'Group system:masters <- cluster-admin',
      'Group system:unauthenticated <- system:public-info-viewer',
    ]);
    assert.deepEqual(subjects(whoCan('patch', 'deployments.apps', team)), [
      'Group shop:leads <- leads',
      'Group system:masters <- cluster-admin',
      'ServiceAccount ci/deploy-bot <- deploy-bot',
    ]);
  });

  it('prints a table, the same every run', () => {
    const first = runCli(['rbac', 'who-can', 'get', 'pods/log', team]);
    const second = runCli(['rbac', 'who-can', 'get', 'pods/log', team]);
    assert.equal(first.status, 0);
    assert.equal(first.stdout, second.stdout);
    assert.match(first.stdout, /^SUBJECT\s+SCOPE\s+BINDING -> ROLE\s+RULE\n/);
    assert.match(
      first.stdout,
      /User alice@example\.com\s+namespace shop\s+RoleBinding shop\/developers -> Role shop\/developer\s+test\/fixtures\/rbac\/team\.yaml:8\n/,
    );
  });
});

describe('bulwark rbac can', () => {
  it('shows every grant of a service account with its rules, and the workloads that carry its token', () => {
    const run = runCli(['rbac', 'can', 'system:serviceaccount:shop:web', snapshot, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const answer = JSON.parse(run.stdout) as CanJson;
    assert.deepEqual(answer.subject, { kind: 'ServiceAccount', name: 'web', namespace: 'shop' });
    const own = answer.grants.find((grant) => grant.binding.name === 'web');
    assert.deepEqual(
      own?.rules.map((rule) => rule.line),
      [27, 28],
    );
    assert.deepEqual(
      answer.workloads.map((ref) => `${ref.kind} ${ref.name} ${ref.line}`),
      ['Deployment web 10'],
    );
  });

  it('a user gets its bindings and those of system:authenticated', () => {
    const run = runCli(['rbac', 'can', 'user:alice@example.com', team]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^User alice@example\.com \(groups: system:authenticated\)\n/);
    assert.match(
      run.stdout,
      /namespace shop\s+get,list,watch\s+core\s+pods,pods\/log\s+RoleBinding shop\/developers -> Role shop\/developer \(test\/fixtures\/rbac\/team\.yaml:8\)/,
    );
  });
});

describe('bulwark rbac errors', () => {
  it('usage errors exit 2 and say what to write', () => {
    const subject = runCli(['rbac', 'can', 'alice', team]);
    assert.equal(subject.status, 2);
    assert.match(subject.stderr, /use system:serviceaccount:NAMESPACE:NAME, user:NAME or group:NAME/);
    const resource = runCli(['rbac', 'who-can', 'get', 'Pods!', team]);
    assert.equal(resource.status, 2);
    assert.match(resource.stderr, /RESOURCE\[\.GROUP\]\[\/SUBRESOURCE\]/);
    assert.equal(runCli(['rbac', 'who-can', 'get', 'pods', team, '--format', 'sarif']).status, 2);
  });

  it('answers from what it could read and reports the rest with file and line (exit 2)', () => {
    const folder = tempDir('rbac-bad');
    writeFileSync(
      path.join(folder, 'good.yaml'),
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: ops}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}\nsubjects: [{kind: Group, name: ops}]\n`,
    );
    writeFileSync(
      path.join(folder, 'bad.yaml'),
      'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: [}\n',
    );
    const run = runCli(['rbac', 'who-can', 'list', 'pods', '.', '--format', 'json'], { cwd: folder });
    assert.equal(run.status, 2);
    const answer = JSON.parse(run.stdout) as WhoCanJson;
    assert.ok(subjects(answer).includes('Group ops <- ops'));
    assert.deepEqual(
      [...new Set(answer.errors.map((error) => `${error.file}:${error.line}`))],
      ['bad.yaml:3'],
    );
  });
});
