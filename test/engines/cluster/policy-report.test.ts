import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import type { Finding } from '../../../src/core/index.js';
import { createReport } from '../../../src/core/index.js';
import { renderPolicyReport } from '../../../src/reporters/policy-report.js';
import { capResults, policyReportByteBudget } from '../../../src/reporters/policy-report-cap.js';
import { fixtureReport, fixtureRules } from '../../reporters/fixture-report.js';

function clusterFinding(base: Finding, kind: string, name: string, namespace?: string): Finding {
  const file = namespace === undefined ? `${kind}/${name}` : `${kind}/${namespace}/${name}`;
  return {
    ...base,
    resource: namespace === undefined ? { kind, name } : { kind, namespace, name },
    location: { ...base.location, file },
  };
}

interface PolicyReportDocument {
  kind: string;
  metadata: { namespace?: string; annotations: Record<string, string> };
  summary: { fail: number };
  results: { resources?: { kind: string; namespace?: string }[] }[];
}

function documents(text: string): PolicyReportDocument[] {
  return parseAllDocuments(text).map((document) => document.toJS() as PolicyReportDocument);
}

describe('PolicyReport of a cluster audit', () => {
  const base = fixtureReport.findings.find((finding) => finding.ruleId === 'KW001');
  assert.ok(base);

  it('places an object by the namespace the API server gave it, also for kinds it does not know', () => {
    const report = createReport(
      '1.2.3',
      [{ type: 'kubernetes', path: 'cluster:prod' }],
      [
        clusterFinding(base, 'Deployment', 'web', 'shop'),
        clusterFinding(base, 'CiliumClusterwideNetworkPolicy', 'lockdown'),
      ],
      [],
      { coverage: [{ kind: 'Deployment', apiVersion: 'apps/v1', status: 'listed', count: 1 }] },
    );
    const placed = documents(renderPolicyReport(report, { rules: fixtureRules, color: false })).map(
      (document) => [document.kind, document.metadata.namespace, document.results[0]?.resources?.[0]?.kind],
    );
    assert.deepEqual(placed, [
      ['PolicyReport', 'shop', 'Deployment'],
      ['ClusterPolicyReport', undefined, 'CiliumClusterwideNetworkPolicy'],
    ]);
  });

  it('keeps each report under the size the API server accepts, counting what it leaves out', () => {
    const findings = Array.from({ length: 6000 }, (_, index) =>
      clusterFinding({ ...base, message: `${base.message} ${'x'.repeat(200)}` }, 'Pod', `p${index}`, 'shop'),
    );
    const report = createReport('1.2.3', [], findings, [], { coverage: [] });
    const [shop] = documents(renderPolicyReport(report, { rules: fixtureRules, color: false }));
    assert.ok(shop);
    assert.ok(JSON.stringify(shop).length < 1_400_000);
    const omitted = Number(shop.metadata.annotations['bulwark.dev/omitted-results']);
    assert.ok(omitted > 0);
    assert.equal(shop.results.length + omitted, 6000);
    assert.equal(shop.summary.fail, 6000);
  });

  it('keeps the most severe results first when it must cut, in their order otherwise', () => {
    const results = [
      { id: 1, severity: 'low' as const },
      { id: 2, severity: 'critical' as const },
      { id: 3 },
      { id: 4, severity: 'high' as const },
    ];
    const size = JSON.stringify(results[0]).length + 1;
    assert.deepEqual(capResults(results, policyReportByteBudget).omitted, 0);
    assert.deepEqual(
      capResults(results, size * 3).kept.map((result) => result.id),
      [2, 3, 4],
    );
  });
});
