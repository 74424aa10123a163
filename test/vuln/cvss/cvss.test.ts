import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCvss, severityFromScore } from '../../../src/vuln/cvss/index.js';
import { fromRoot } from '../../support/paths.js';

/**
 * Base scores worked out by hand with the formulas of the FIRST specifications (v3.x section 7, v2 section 3.2.1)
 * or published with the vector by FIRST and NVD.
 */
const knownScores: readonly [string, number][] = [
  ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  // Scope changed: 1.08 × (impact 2.73 + exploitability 2.22), rounded up.
  ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:L/I:L/A:N', 5.4],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
  ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', 5.5],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  ['CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', 5.5],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 10],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N', 8.7],
  ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 8.5],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', 0],
  ['AV:N/AC:L/Au:N/C:P/I:P/A:P', 7.5],
  ['AV:N/AC:L/Au:N/C:C/I:C/A:C', 10],
  ['AV:N/AC:M/Au:N/C:N/I:P/A:N', 4.3],
];

/** The vectors of the OSV fixture records, with their base scores worked out by hand from the v3.1 formula. */
const fixtureScores: ReadonlyMap<string, number> = new Map([
  ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
  ['CVSS:3.1/AV:N/AC:H/PR:H/UI:N/S:U/C:H/I:H/A:N', 5.9],
  ['CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N', 6.1],
  ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H', 7.2],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L', 5.3],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N', 5.4],
]);

function fixtureVectors(): string[] {
  const directory = fromRoot('test', 'fixtures', 'vulndb');
  const vectors: string[] = [];
  for (const name of readdirSync(directory).sort()) {
    if (!name.endsWith('.json')) continue;
    const record: unknown = JSON.parse(readFileSync(`${directory}/${name}`, 'utf8'));
    const severity =
      typeof record === 'object' && record !== null ? Reflect.get(record, 'severity') : undefined;
    if (!Array.isArray(severity)) continue;
    for (const entry of severity) {
      const score: unknown =
        typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'score') : undefined;
      if (typeof score === 'string') vectors.push(score);
    }
  }
  return vectors;
}

describe('parseCvss', () => {
  it('computes base scores of known vectors for every version', () => {
    for (const [vector, expected] of knownScores) {
      const parsed = parseCvss(vector);
      assert.ok(parsed, vector);
      assert.equal(parsed.baseScore, expected, vector);
      assert.equal(parsed.vector, vector);
    }
  });

  it('names the version', () => {
    assert.equal(parseCvss('AV:N/AC:L/Au:N/C:P/I:P/A:P')?.version, '2.0');
    assert.equal(parseCvss('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')?.version, '3.0');
    assert.equal(parseCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')?.version, '3.1');
    assert.equal(
      parseCvss('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')?.version,
      '4.0',
    );
  });

  it('scores every vector of the OSV fixture records', () => {
    const vectors = fixtureVectors();
    assert.ok(vectors.length >= 10, 'the fixture records carry CVSS vectors');
    for (const vector of vectors) {
      assert.equal(parseCvss(vector)?.baseScore, fixtureScores.get(vector), vector);
    }
  });

  it('reports the base score even when temporal, threat or environmental metrics are present', () => {
    assert.equal(parseCvss('AV:N/AC:L/Au:N/C:P/I:P/A:P/E:U/RL:OF/RC:C')?.baseScore, 7.5);
    assert.equal(
      parseCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:C/MAV:L')?.baseScore,
      9.8,
    );
    assert.equal(
      parseCvss('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U/CR:L/U:Red')?.baseScore,
      9.3,
    );
  });

  it('accepts blanks around the vector and the parentheses of old v2 feeds', () => {
    assert.deepEqual(parseCvss('  (AV:N/AC:L/Au:N/C:P/I:P/A:P) '), {
      version: '2.0',
      vector: 'AV:N/AC:L/Au:N/C:P/I:P/A:P',
      baseScore: 7.5,
    });
  });

  it('returns undefined for malformed vectors and never throws', () => {
    const malformed = [
      '',
      '   ',
      'CVSS:3.1/',
      'CVSS:3.1',
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H',
      'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      'CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      'CVSS:3.1/FOO:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/',
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E',
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A::H',
      'CVSS:3.1/av:n/ac:l/pr:n/ui:n/s:u/c:h/i:h/a:h',
      'CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      'CVSS:5.0/AV:N',
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H',
      'CVSS:4.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      'CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
      'AV:N/AC:L/Au:N/C:P/I:P',
      'AV:N/AC:L/Au:N/C:P/I:P/A:X',
      'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      'HIGH',
      '9.8',
      'constructor:x/toString:y',
      '__proto__:N/AV:N/AC:L/Au:N/C:P/I:P/A:P',
    ];
    for (const vector of malformed) assert.equal(parseCvss(vector), undefined, JSON.stringify(vector));
  });
});

describe('severityFromScore', () => {
  it('uses the CVSS v3/v4 rating scale, with 0 as info', () => {
    const cases: [number, string][] = [
      [0, 'info'],
      [0.1, 'low'],
      [3.9, 'low'],
      [4, 'medium'],
      [6.9, 'medium'],
      [7, 'high'],
      [8.9, 'high'],
      [9, 'critical'],
      [10, 'critical'],
    ];
    for (const version of ['3.0', '3.1', '4.0'] as const) {
      assert.deepEqual(
        cases.map(([score]) => [score, severityFromScore(score, version)]),
        cases,
        version,
      );
    }
  });

  it('tops out at high for CVSS v2, which has no critical rating', () => {
    assert.equal(severityFromScore(10, '2.0'), 'high');
    assert.equal(severityFromScore(7.5, '2.0'), 'high');
    assert.equal(severityFromScore(4.3, '2.0'), 'medium');
    assert.equal(severityFromScore(0, '2.0'), 'info');
  });

  it('treats a score that is not a number as info', () => {
    assert.equal(severityFromScore(Number.NaN, '3.1'), 'info');
    assert.equal(severityFromScore(-1, '3.1'), 'info');
  });
});
