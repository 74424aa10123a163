import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClusterIndex } from '../../../../../src/core/index.js';
import { indexTexts } from '../../../../../src/engines/netpol/load.js';
import { evaluateFile } from '../../../../../src/engines/scan/evaluate.js';
import { buildUnits } from '../../../../../src/engines/scan/units.js';
import { metadataServiceReachable } from '../../../../../src/rules/kubernetes/cloud/metadata-service-reachable.js';
import { workloadNotIsolatedByNetworkPolicy } from '../../../../../src/rules/kubernetes/network/workload-not-isolated-by-network-policy.js';
import type { AnyRule } from '../../../../../src/rules/index.js';
import { container, labelledWorkload, networkPolicy } from '../cases.js';

function judge(rule: AnyRule, code: string, cluster: ClusterIndex): string[] {
  const evaluation = evaluateFile(
    'workload.yaml',
    buildUnits(code, 'workload.yaml', 'yaml'),
    [{ rule, severity: rule.severity }],
    { pss: { cli: {} }, namespaces: new Map(), trustedRegistries: [], cluster },
    { directives: [], exceptions: [], exceptionCoversFile: () => true, today: '2026-01-01' },
  );
  assert.deepEqual(evaluation.errors, []);
  return evaluation.findings.map((finding) => finding.ruleId);
}

describe('workload rules judged with an index that holds policies but not the workload', () => {
  const policies = indexTexts([
    {
      display: 'policies.yaml',
      text: `${networkPolicy('shop', 'deny', 'podSelector: {}\npolicyTypes: [Ingress, Egress]')}\n`,
    },
  ]).cluster;
  const empty = indexTexts([]).cluster;
  const workload = labelledWorkload('Deployment', { podSpec: container, namespace: 'shop' });
  const elsewhere = labelledWorkload('Deployment', { podSpec: container, namespace: 'other' });

  it('place the workload from its view and see the policies that select it', () => {
    assert.deepEqual(judge(workloadNotIsolatedByNetworkPolicy, workload, policies), []);
    assert.deepEqual(judge(metadataServiceReachable, workload, policies), []);
    assert.deepEqual(judge(workloadNotIsolatedByNetworkPolicy, elsewhere, policies), ['KN003']);
    assert.deepEqual(judge(metadataServiceReachable, elsewhere, policies), ['KN032']);
    assert.deepEqual(judge(workloadNotIsolatedByNetworkPolicy, workload, empty), ['KN003']);
  });
});
