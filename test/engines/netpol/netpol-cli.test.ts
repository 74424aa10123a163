import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from '../../support/cli.js';
import { fromRoot } from '../../support/paths.js';

const fixture = 'test/fixtures/netpol/shop.yaml';

const policy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
    - from:
        - podSelector: {matchLabels: {app: frontend}}
      ports: [{port: api}]
    - from:
        - namespaceSelector: {matchLabels: {team: green}}
`;

describe('bulwark netpol reach', () => {
  it('prints a table with one row per pair, sorted, and a summary', () => {
    const run = runCli(['netpol', 'reach', fixture, '--from', 'shop/*', '--to', 'shop/api']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stdout,
      [
        'FROM           TO        PORTS',
        'shop/api       shop/api  all',
        'shop/db        shop/api  all',
        'shop/frontend  shop/api  all',
        '',
        '3 pairs, 3 allowed, 0 approximate',
        '',
      ].join('\n'),
    );
  });

  it('reads policies from standard input too, marks approximate answers and lists their reasons', () => {
    const input = `${readFileSync(fromRoot(fixture), 'utf8')}\n---\n${policy}`;
    const run = runCli(['netpol', 'reach', '-', '--to', 'shop/api'], { input });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^shop\/frontend\s+shop\/api\s+TCP 9090$/m);
    assert.match(run.stdout, /^shop\/db\s+shop\/api\s+none$/m);
    assert.match(
      run.stdout,
      /^kube-system\/coredns\s+shop\/api\s+none ~1$/m,
      'kube-system is not in the input',
    );
    assert.match(
      run.stdout,
      /^~1 approximate:\n {4}NetworkPolicy shop\/api spec\.ingress\[1\] may or may not match: /m,
    );
  });

  it('answers in JSON with ports, addresses and the query', () => {
    const run = runCli([
      'netpol',
      'reach',
      fixture,
      '--from',
      'shop/frontend',
      '--to',
      '169.254.169.254',
      '--format',
      'json',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const answer = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.deepEqual(answer, {
      schemaVersion: 1,
      query: { from: 'shop/frontend', to: '169.254.169.254' },
      pairs: [
        {
          from: { kind: 'Deployment', namespace: 'shop', name: 'frontend', file: fixture, line: 52 },
          to: { address: '169.254.169.254' },
          allowed: true,
          ports: 'all',
          approximate: false,
          reasons: [],
        },
      ],
      summary: { pairs: 1, allowed: 1, approximate: 0 },
      notes: [],
      errors: [],
    });
  });

  it('filters by port, and exits 2 on a bad query or unreadable input', () => {
    const port = runCli([
      'netpol',
      'reach',
      fixture,
      '--from',
      'shop/frontend',
      '--to',
      'shop/api',
      '--port',
      '9090',
      '--format',
      'json',
    ]);
    const pairs = (JSON.parse(port.stdout) as { pairs: { ports: unknown }[] }).pairs;
    assert.deepEqual(
      pairs.map((pair) => pair.ports),
      [[{ protocol: 'TCP', from: 9090, to: 9090 }]],
    );
    const bad = runCli(['netpol', 'reach', fixture, '--from', 'shop']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--from shop: expected NAMESPACE\/NAME/);
    const format = runCli(['netpol', 'reach', fixture, '--format', 'sarif']);
    assert.equal(format.status, 2);
    const broken = runCli(['netpol', 'reach', '-'], {
      input: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a\n',
    });
    assert.equal(broken.status, 2);
    assert.match(broken.stdout, /^error: -:\d+: /m);
  });

  it('leaves out the paths .bulwark.yaml ignores, as scan does', () => {
    const root = tempDir('bulwark-netpol-ignore-');
    writeFileSync(path.join(root, 'shop.yaml'), readFileSync(fromRoot(fixture), 'utf8'));
    mkdirSync(path.join(root, 'vendor'));
    writeFileSync(path.join(root, 'vendor', 'deny.yaml'), policy);
    writeFileSync(path.join(root, '.bulwark.yaml'), 'ignore:\n  - vendor/\n');
    const run = runCli(['netpol', 'reach', '.', '--from', 'shop/db', '--to', 'shop/api'], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^shop\/db\s+shop\/api\s+all$/m, 'the ignored policy would deny this');
    const withPolicy = runCli(
      ['netpol', 'reach', '.', '--from', 'shop/db', '--to', 'shop/api', '--config', 'none.yaml'],
      { cwd: root },
    );
    assert.equal(withPolicy.status, 2, 'a named config that does not exist is a usage error');
  });
});

describe('bulwark netpol suggest', () => {
  it('writes the policies as YAML on standard output', () => {
    const run = runCli(['netpol', 'suggest', fixture]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^# Network policies suggested by `bulwark netpol suggest`/);
    assert.match(run.stdout, /name: allow-ingress-to-frontend\n {2}namespace: shop\n/);
    assert.match(run.stdout, /kubernetes\.io\/metadata\.name: ingress-nginx/);
  });

  it('names another ingress controller namespace', () => {
    const run = runCli(['netpol', 'suggest', fixture, '--ingress-namespace', 'traefik']);
    assert.match(run.stdout, /kubernetes\.io\/metadata\.name: traefik/);
    assert.match(
      run.stdout,
      /name: default-deny\n {2}namespace: ingress-nginx\n/,
      'the nginx namespace is now an application namespace',
    );
  });
});
