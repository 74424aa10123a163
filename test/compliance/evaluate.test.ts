import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ControlResult, RuleMeta } from '../../src/core/index.js';
import type { ComplianceInputs } from '../../src/compliance/index.js';
import { evaluateCompliance } from '../../src/compliance/index.js';

/** Hand-built rules and findings, so each status is decided by exactly what the test says. */
type RuleStub = Pick<RuleMeta, 'id' | 'target' | 'references'>;

const rules: readonly RuleStub[] = [
  {
    id: 'KW001',
    target: 'pod-spec',
    references: { cis: ['k8s-1.9:5.2.2'], pss: { level: 'baseline', control: 'privileged' } },
  },
  { id: 'KW003', target: 'pod-spec', references: { cis: ['k8s-1.9:5.2.3', 'k8s-1.9:5.2.4'] } },
  { id: 'KR001', target: 'kubernetes-object', references: { cis: ['k8s-1.9:5.1.1'] } },
  { id: 'KR019', target: 'kubernetes-object', references: { cis: ['k8s-1.9:5.1.1'] } },
  { id: 'KC001', target: 'node', references: { cis: ['k8s-1.9:1.2.10'] } },
  { id: 'KC002', target: 'node', references: { cis: ['k8s-1.9:1.2.9'] } },
  { id: 'DH001', target: 'docker-daemon', references: { cis: ['docker-1.6:2.2'] } },
  { id: 'DC001', target: 'compose-service', references: { cis: ['docker-1.6:5.5'] } },
  { id: 'KW015', target: 'pod-spec', references: { pss: { level: 'restricted', control: 'runAsNonRoot' } } },
];

function control(result: ReturnType<typeof evaluateCompliance>, id: string): ControlResult {
  const found = result.controls.find((entry) => entry.id === id);
  assert.ok(found, `no control ${id}`);
  return found;
}

const kubernetesScan: ComplianceInputs = {
  rules,
  targets: [{ type: 'kubernetes' }],
  findings: [
    { ruleId: 'KR001', status: 'fail' },
    { ruleId: 'KR001', status: 'fail' },
    { ruleId: 'KR019', status: 'fail' },
    { ruleId: 'KR019', status: 'suppressed' },
    { ruleId: 'KW003', status: 'suppressed' },
  ],
};

describe('evaluateCompliance', () => {
  const result = evaluateCompliance('cis-k8s', kubernetesScan);

  it('fails a control when a covering rule has a failing finding, with the count and rule ids', () => {
    assert.deepEqual(control(result, '5.1.1'), {
      id: '5.1.1',
      title: 'cluster-admin is bound only where required',
      assessment: 'automated',
      status: 'fail',
      rules: ['KR001', 'KR019'],
      findings: 3,
      failedRules: ['KR001', 'KR019'],
      suppressed: 1,
    });
  });

  it('passes a control whose covering rule ran on input of its kind and found nothing', () => {
    assert.equal(control(result, '5.2.2').status, 'pass');
    assert.deepEqual(control(result, '5.2.2').rules, ['KW001']);
  });

  it('counts a suppressed finding as no failure, but says it was suppressed', () => {
    const hostPid = control(result, '5.2.3');
    assert.equal(hostPid.status, 'pass');
    assert.equal(hostPid.suppressed, 1);
  });

  it('leaves a control no rule covers as manual, never pass', () => {
    const manual = control(result, '5.2.1');
    assert.equal(manual.status, 'manual');
    assert.deepEqual(manual.rules, []);
    assert.equal(manual.assessment, 'manual');
  });

  it('marks a control not-assessed when its rules exist but nothing of their kind was scanned', () => {
    assert.equal(control(result, '1.2.10').status, 'not-assessed');
    assert.deepEqual(control(result, '1.2.10').rules, ['KC001']);
    const docker = evaluateCompliance('cis-docker-1.6', kubernetesScan);
    assert.equal(control(docker, '2.2').status, 'not-assessed', 'daemon control on a Kubernetes-only scan');
    assert.equal(control(docker, '5.5').status, 'not-assessed', 'compose control without compose files');
  });

  it('passes the same control once input of its kind is scanned', () => {
    const host = evaluateCompliance('cis-docker-1.6', { ...kubernetesScan, targets: [{ type: 'daemon' }] });
    assert.equal(control(host, '2.2').status, 'pass');
    const node = evaluateCompliance('cis-k8s', { ...kubernetesScan, targets: [{ type: 'node' }] });
    assert.equal(control(node, '1.2.10').status, 'pass');
    assert.equal(control(node, '5.2.2').status, 'not-assessed');
  });

  it('fails a control on a finding even when the scan reports no target of that kind', () => {
    const result = evaluateCompliance('cis-docker-1.6', {
      rules,
      targets: [],
      findings: [{ ruleId: 'DH001', status: 'fail' }],
    });
    assert.equal(control(result, '2.2').status, 'fail');
  });

  it('does not let a rule that did not run vouch for a pass', () => {
    const only = evaluateCompliance('cis-k8s', { ...kubernetesScan, selected: ['KR001', 'KR019'] });
    assert.equal(control(only, '5.2.2').status, 'not-assessed');
    assert.equal(control(only, '5.1.1').status, 'fail');
  });

  it('counts statuses and scores pass / (pass + fail)', () => {
    assert.deepEqual(result.counts, { fail: 1, pass: 3, manual: 124, 'not-assessed': 2 });
    assert.equal(result.score, 75);
    assert.equal(result.framework, 'cis-k8s');
    assert.equal(result.version, '1.9.0');
    const none = evaluateCompliance('cis-k8s', { rules: [], targets: [], findings: [] });
    assert.equal(none.score, null);
    assert.equal(none.counts.manual, 130);
  });

  it('rounds the score to one decimal', () => {
    // Judged: 5.1.1 and 1.2.10 pass, 5.2.2 fails (KW003 and KC002 left out, so nothing else is judged).
    const twoOfThree = evaluateCompliance('cis-k8s', {
      rules: rules.filter((rule) => rule.id !== 'KW003' && rule.id !== 'KC002'),
      findings: [{ ruleId: 'KW001', status: 'fail' }],
      targets: [{ type: 'kubernetes' }, { type: 'node' }],
    });
    assert.deepEqual([twoOfThree.counts.pass, twoOfThree.counts.fail], [2, 1]);
    assert.equal(twoOfThree.score, 66.7);
  });

  it('orders controls by numeric id: 1.2.10 after 1.2.9', () => {
    const ids = result.controls.map((entry) => entry.id);
    assert.ok(ids.indexOf('1.2.9') < ids.indexOf('1.2.10'));
    assert.ok(ids.indexOf('1.2.10') < ids.indexOf('1.3.1'));
    assert.equal(ids[0], '1.1.1');
    assert.equal(ids.at(-1), '5.7.4');
  });

  it('judges Pod Security levels from references.pss', () => {
    const baseline = evaluateCompliance('pss-baseline', kubernetesScan);
    assert.equal(control(baseline, 'privileged').status, 'pass');
    assert.ok(!baseline.controls.some((entry) => entry.id === 'runAsNonRoot'));
    const restricted = evaluateCompliance('pss-restricted', {
      ...kubernetesScan,
      findings: [{ ruleId: 'KW015', status: 'fail' }],
    });
    assert.equal(control(restricted, 'runAsNonRoot').status, 'fail');
    assert.equal(control(restricted, 'privileged').status, 'pass');
    assert.equal(control(restricted, 'sysctls').status, 'manual');
  });

  it('is deterministic and leaves its inputs untouched', () => {
    const before = JSON.stringify(kubernetesScan);
    const again = evaluateCompliance('cis-k8s', structuredClone(kubernetesScan));
    assert.deepEqual(again, result);
    assert.equal(JSON.stringify(kubernetesScan), before);
  });
});
