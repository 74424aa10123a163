import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { indexTexts } from '../../../src/engines/netpol/load.js';
import { suggestPolicies } from '../../../src/engines/netpol/suggest.js';
import { runCli, tempDir } from '../../support/cli.js';
import { fromRoot } from '../../support/paths.js';
import { reachLines } from './manifests.js';

const fixture = fromRoot('test', 'fixtures', 'netpol', 'shop.yaml');
const shop = readFileSync(fixture, 'utf8');

function suggestion(): string {
  const input = indexTexts([{ display: 'shop.yaml', text: shop }]);
  assert.deepEqual(input.errors, []);
  return suggestPolicies(input.cluster, { ingressNamespace: 'ingress-nginx' }).yaml;
}

describe('netpol suggest', () => {
  it('writes default deny, DNS, and one allow policy per Service, deterministically', () => {
    const yaml = suggestion();
    assert.equal(yaml, suggestion(), 'same input, same bytes');
    const documents = parseAllDocuments(yaml).map(
      (document) => document.toJS() as { metadata: { name: string; namespace: string } },
    );
    assert.deepEqual(
      documents.map((document) => `${document.metadata.namespace}/${document.metadata.name}`),
      [
        'shop/default-deny',
        'shop/allow-dns',
        'shop/allow-ingress-to-api',
        'shop/allow-ingress-to-db',
        'shop/allow-ingress-to-frontend',
        'shop/allow-egress-to-services',
      ],
    );
  });

  it('after applying it, each Service is reachable on its target ports and nothing else is', () => {
    const applied = `${shop}\n---\n${suggestion()}`;
    const answers = reachLines(applied);
    for (const expected of [
      'shop/frontend -> shop/api: TCP 9090',
      'shop/api -> shop/db: TCP 5432',
      'shop/api -> shop/frontend: TCP 8080',
      'shop/frontend -> kube-system/coredns: TCP 53, UDP 53',
      'ingress-nginx/controller -> shop/frontend: TCP 8080',
      'ingress-nginx/controller -> shop/api: none',
      'ingress-nginx/controller -> shop/db: none',
      'shop/api -> ingress-nginx/controller: none',
      'kube-system/coredns -> shop/db: none',
      'shop/db -> shop/db: TCP 5432',
    ])
      assert.ok(answers.includes(expected), `${expected} missing from\n${answers.join('\n')}`);
    assert.deepEqual(reachLines(applied, { from: 'shop/*', to: '169.254.169.254' }), [
      'shop/api -> 169.254.169.254: none',
      'shop/db -> 169.254.169.254: none',
      'shop/frontend -> 169.254.169.254: none',
    ]);
    // The metrics port is no Service's target: it stays closed.
    assert.deepEqual(reachLines(applied, { from: 'shop/frontend', to: 'shop/api', port: 'metrics' }), [
      'shop/frontend -> shop/api: none',
    ]);
  });

  it('parses back as valid NetworkPolicies and closes the coverage findings of its namespace', () => {
    const directory = tempDir('netpol-suggest');
    const written = path.join(directory, 'policies.yaml');
    const run = runCli(['netpol', 'suggest', fixture, '--output', written]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /^wrote 6 policies for 1 namespaces to /);
    writeFileSync(path.join(directory, 'shop.yaml'), shop);
    const scan = runCli(['scan', directory, '--format', 'json', '--fail-on', 'none']);
    const report = JSON.parse(scan.stdout) as {
      findings: {
        ruleId: string;
        resource: { namespace?: string; name: string };
        location: { file: string };
      }[];
      errors: unknown[];
    };
    assert.deepEqual(report.errors, []);
    // The controller's and the cluster's namespaces are left to their own policies.
    const inShop = (resource: { namespace?: string; name: string }) =>
      (resource.namespace ?? resource.name) === 'shop';
    const network = report.findings.filter(
      (finding) => /^KN00[1-7]$/.test(finding.ruleId) && inShop(finding.resource),
    );
    assert.ok(
      report.findings.some(
        (finding) => finding.ruleId === 'KN003' && finding.resource.namespace === 'kube-system',
      ),
      'the other namespaces are still judged',
    );
    assert.deepEqual(
      network.map((finding) => `${finding.ruleId} ${finding.resource.name}`),
      [],
      'no invalid policy, no namespace or workload of shop left open',
    );
  });
});
