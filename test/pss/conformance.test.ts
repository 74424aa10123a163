// The exactness proof: for every fixture, level and policy version where Pod Security Admission changes behaviour,
// all Bulwark Pod Security rules together reject (≥1 finding with `references.pss`) exactly the pods PSA rejects,
// and only with findings of the PSA checks that reject them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pssRules } from '../../src/rules/kubernetes/workload/pss/index.js';
import { baselineFixtures } from './fixtures-baseline.js';
import { baselineProfileFixtures } from './fixtures-baseline-profiles.js';
import { restrictedFixtures } from './fixtures-restricted.js';
import type { Level } from './pss-pods.js';
import { judge, minimalValidPod, tweak } from './pss-pods.js';

const levels: readonly Level[] = ['baseline', 'restricted'];
/** Every minor where some check appears or changes, and the one before it. */
const versions = [0, 7, 8, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37];
const fixtures = [...baselineFixtures, ...baselineProfileFixtures, ...restrictedFixtures];

const psaChecks = [
  'privileged',
  'windowsHostProcess',
  'hostNamespaces',
  'capabilities_baseline',
  'hostPathVolumes',
  'hostPorts',
  'hostProbesAndHostLifecycle',
  'appArmorProfile',
  'seLinuxOptions',
  'procMount',
  'seccompProfile_baseline',
  'sysctls',
  'restrictedVolumes',
  'allowPrivilegeEscalation',
  'runAsNonRoot',
  'runAsUser',
  'seccompProfile_restricted',
  'capabilities_restricted',
  'procMount_restricted',
];

describe('Pod Security conformance with PSA', () => {
  it('has one rule per PSA check, and fixtures for every check', () => {
    assert.deepEqual(
      pssRules.map((rule) => rule.references.pss?.control),
      psaChecks,
    );
    const covered = new Set(fixtures.map((fixture) => fixture.check));
    assert.deepEqual(
      psaChecks.filter((check) => !covered.has(check)),
      [],
    );
    for (const check of psaChecks) {
      const checkFixtures = fixtures.filter((fixture) => fixture.check === check);
      assert.ok(
        checkFixtures.some((fixture) => fixture.rejected('restricted', 37)),
        `${check} needs a failing fixture`,
      );
    }
  });

  for (const level of levels) {
    for (const minor of versions) {
      it(`${level} 1.${minor}: the minimal valid pod is admitted, and every fixture gets PSA's verdict`, () => {
        const base = judge(minimalValidPod(level, minor), level, minor);
        assert.deepEqual(base.errors, []);
        assert.deepEqual(
          base.findings.map((finding) => finding.message),
          [],
        );
        const mismatches: string[] = [];
        for (const fixture of fixtures) {
          const pod = tweak(minimalValidPod(level, minor), fixture.tweak);
          const { findings, errors } = judge(pod, level, minor);
          if (errors.length > 0) mismatches.push(`${fixture.name}: input errors ${errors.join('; ')}`);
          const expected = fixture.rejected(level, minor);
          const actual = findings.length > 0;
          if (expected !== actual) {
            const why = findings.map((finding) => `${finding.ruleId} ${finding.message}`).join('; ');
            mismatches.push(
              `${fixture.name}: PSA ${expected ? 'rejects' : 'admits'}, Bulwark ${actual ? `rejects (${why})` : 'admits'}`,
            );
            continue;
          }
          const stray = findings.filter(
            (finding) => !fixture.controls.includes(finding.references.pss?.control ?? ''),
          );
          for (const finding of stray)
            mismatches.push(
              `${fixture.name}: unexpected ${finding.ruleId} (${finding.references.pss?.control}) ${finding.message}`,
            );
        }
        assert.deepEqual(mismatches, []);
      });
    }
  }
});
