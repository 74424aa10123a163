import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ComplianceFramework } from '../../src/compliance/index.js';
import {
  catalogueFor,
  compareControlIds,
  complianceFrameworks,
  nsaCisaRuleMapping,
} from '../../src/compliance/index.js';
import { ruleRegistry } from '../../src/rules/index.js';

/** The full control count of each framework: a catalogue that lost or gained a control fails here. */
const expectedCounts: Record<ComplianceFramework, number> = {
  'cis-docker-1.6': 117,
  'cis-k8s': 130,
  'pss-baseline': 12,
  'pss-restricted': 19,
  'nsa-cisa': 32,
};

/** Controls per top-level section, so a control moved to the wrong section is caught too. */
const dockerSections: Record<string, number> = { 1: 20, 2: 18, 3: 24, 4: 12, 5: 32, 6: 2, 7: 9 };
const kubernetesSections: Record<string, number> = { 1: 59, 2: 7, 3: 5, 4: 24, 5: 35 };

function idsOf(framework: ComplianceFramework): string[] {
  return catalogueFor(framework).controls.map((control) => control.id);
}

function countBySection(ids: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of ids) {
    const section = id.split('.')[0] ?? '';
    counts[section] = (counts[section] ?? 0) + 1;
  }
  return counts;
}

describe('compliance catalogues', () => {
  for (const framework of complianceFrameworks) {
    it(`${framework} has its full control count, unique ids, titles and labels`, () => {
      const catalogue = catalogueFor(framework);
      assert.equal(catalogue.framework, framework);
      assert.equal(catalogue.controls.length, expectedCounts[framework]);
      const ids = idsOf(framework);
      assert.equal(new Set(ids).size, ids.length, 'duplicate control id');
      for (const control of catalogue.controls) {
        assert.ok(control.title.trim().length > 0, `${control.id} has no title`);
        assert.ok(['automated', 'manual'].includes(control.assessment));
      }
    });
  }

  it('lists CIS controls in benchmark order, sections complete', () => {
    for (const [framework, sections] of [
      ['cis-docker-1.6', dockerSections],
      ['cis-k8s', kubernetesSections],
    ] as const) {
      const ids = idsOf(framework);
      assert.deepEqual([...ids].sort(compareControlIds), ids, `${framework} is out of order`);
      assert.deepEqual(countBySection(ids), sections);
    }
    assert.ok(!idsOf('cis-k8s').some((id) => id.startsWith('5.6.')), 'CIS Kubernetes 1.9 has no §5.6');
  });

  it('keeps the benchmark labels of controls that are easy to get wrong', () => {
    const assessment = (framework: ComplianceFramework, id: string) =>
      catalogueFor(framework).controls.find((control) => control.id === id)?.assessment;
    assert.equal(assessment('cis-docker-1.6', '1.2.1'), 'manual');
    assert.equal(assessment('cis-docker-1.6', '2.2'), 'automated');
    assert.equal(assessment('cis-docker-1.6', '4.10'), 'manual');
    assert.equal(assessment('cis-docker-1.6', '5.32'), 'automated');
    assert.equal(assessment('cis-k8s', '1.2.1'), 'manual');
    assert.equal(assessment('cis-k8s', '1.2.2'), 'automated');
    assert.equal(assessment('cis-k8s', '5.1.6'), 'automated');
    assert.equal(assessment('cis-k8s', '5.1.7'), 'manual');
  });

  it('puts every baseline control in the restricted profile', () => {
    const restricted = new Set(idsOf('pss-restricted'));
    for (const id of idsOf('pss-baseline')) assert.ok(restricted.has(id), id);
  });
});

describe('rule references map to catalogue controls', () => {
  const benchmarks: Record<string, ComplianceFramework> = {
    'docker-1.6': 'cis-docker-1.6',
    'k8s-1.9': 'cis-k8s',
  };

  it('every cis reference of every rule names a control that exists', () => {
    const problems: string[] = [];
    for (const rule of ruleRegistry.rules)
      for (const reference of rule.references.cis ?? []) {
        const [benchmark = '', control = ''] = reference.split(':');
        const framework = benchmarks[benchmark];
        if (framework === undefined)
          problems.push(
            `${rule.id}: ${reference} cites a benchmark with no catalogue (use docker-1.6 or k8s-1.9)`,
          );
        else if (!idsOf(framework).includes(control))
          problems.push(`${rule.id}: ${reference} is not a control of ${framework}`);
      }
    assert.deepEqual(problems, []);
  });

  it('every pss reference names a control of its level', () => {
    const problems: string[] = [];
    for (const rule of ruleRegistry.rules) {
      const pss = rule.references.pss;
      if (pss === undefined) continue;
      const framework = pss.level === 'baseline' ? 'pss-baseline' : 'pss-restricted';
      if (!idsOf(framework).includes(pss.control)) problems.push(`${rule.id}: ${pss.level}/${pss.control}`);
      if (pss.level === 'restricted' && idsOf('pss-baseline').includes(pss.control))
        problems.push(`${rule.id}: ${pss.control} is a baseline control`);
    }
    assert.deepEqual(problems, []);
  });

  it('every rule of the NSA/CISA mapping exists and every mapped control is in the catalogue', () => {
    const ids = new Set(idsOf('nsa-cisa'));
    for (const [control, ruleIds] of Object.entries(nsaCisaRuleMapping)) {
      assert.ok(ids.has(control), `mapping names unknown control ${control}`);
      for (const ruleId of ruleIds)
        assert.equal(ruleRegistry.find(ruleId)?.id, ruleId, `${control} maps unknown rule ${ruleId}`);
    }
  });

  it('derives coverage from the references', () => {
    const rule = (id: string) => {
      const found = ruleRegistry.find(id);
      assert.ok(found, id);
      return found;
    };
    assert.deepEqual(catalogueFor('cis-k8s').controlsCoveredBy(rule('KW003')), ['5.2.3', '5.2.4', '5.2.5']);
    assert.deepEqual(catalogueFor('cis-docker-1.6').controlsCoveredBy(rule('KW003')), []);
    assert.deepEqual(catalogueFor('pss-baseline').controlsCoveredBy(rule('KW015')), []);
    assert.deepEqual(catalogueFor('pss-restricted').controlsCoveredBy(rule('KW015')), ['runAsNonRoot']);
    assert.deepEqual(catalogueFor('pss-restricted').controlsCoveredBy(rule('KW001')), ['privileged']);
    assert.deepEqual(catalogueFor('nsa-cisa').controlsCoveredBy(rule('VL001')), ['1.3', '5.2']);
  });
});

describe('control order', () => {
  it('compares dotted ids part by part as numbers', () => {
    const ids = ['1.2.10', '1.10', '1.2.9', '2', '1.2', '1.1.1', 'b', 'a', '5.1'];
    assert.deepEqual([...ids].sort(compareControlIds), [
      '1.1.1',
      '1.2',
      '1.2.9',
      '1.2.10',
      '1.10',
      '2',
      '5.1',
      'a',
      'b',
    ]);
  });
});
