import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare as semverCompare } from 'semver';
import { compareGo, compareSemver } from '../../../src/vuln/versions/semver.js';

/** A fixed linear congruential sequence: the same versions on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
}

const identifiers = ['alpha', 'beta', 'rc', 'x-y', 'a1', '0', '1', '2', '10', '11', 'RC', 'pre'] as const;

function strictVersions(count: number): string[] {
  const next = sequence(2024);
  const pick = (limit: number): number => next() % limit;
  const versions: string[] = [];
  for (let index = 0; index < count; index++) {
    const release = [pick(4), pick(12), pick(3) === 0 ? 123456789 + pick(3) : pick(12)].join('.');
    const prerelease = Array.from(
      { length: pick(4) },
      () => identifiers[pick(identifiers.length)] ?? 'alpha',
    );
    const build = pick(5) === 0 ? `+build.${pick(9)}` : '';
    versions.push(`${release}${prerelease.length > 0 ? `-${prerelease.join('.')}` : ''}${build}`);
  }
  return versions;
}

describe('SemVer order against node-semver', () => {
  const versions = strictVersions(400);

  it('agrees with semver.compare on every pair of generated strict versions', () => {
    const disagreements: string[] = [];
    for (const a of versions) {
      for (const b of versions) {
        const expected = semverCompare(a, b);
        if (compareSemver(a, b) !== expected) disagreements.push(`${a} vs ${b}: want ${expected}`);
      }
    }
    assert.deepEqual(disagreements.slice(0, 10), []);
  });

  it('orders Go versions (with the v prefix) the same way', () => {
    const disagreements: string[] = [];
    for (const a of versions.slice(0, 150)) {
      for (const b of versions.slice(0, 150)) {
        const expected = semverCompare(a, b);
        if (compareGo(`v${a}`, `v${b}`) !== expected) disagreements.push(`v${a} vs v${b}: want ${expected}`);
      }
    }
    assert.deepEqual(disagreements.slice(0, 10), []);
  });
});
