import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  comparerFor,
  comparerForScheme,
  isValidVersion,
  schemeForEcosystem,
  versionSchemes,
} from '../../../src/vuln/versions/index.js';
import { memoizeParse } from '../../../src/vuln/versions/cache.js';

describe('schemeForEcosystem', () => {
  it('maps every OSV ecosystem by the part before the first colon', () => {
    const expected: [string, string][] = [
      ['Debian:12', 'dpkg'],
      ['Ubuntu:22.04:LTS', 'dpkg'],
      ['Ubuntu:Pro:18.04:LTS', 'dpkg'],
      ['Alpine:v3.19', 'apk'],
      ['Wolfi', 'apk'],
      ['Chainguard', 'apk'],
      ['Red Hat:enterprise_linux:9::appstream', 'rpm'],
      ['Rocky Linux:9', 'rpm'],
      ['AlmaLinux:8', 'rpm'],
      ['openSUSE:Leap 15.5', 'rpm'],
      ['SUSE:Linux Enterprise Server 15 SP5', 'rpm'],
      ['Mageia:9', 'rpm'],
      ['npm', 'semver'],
      ['crates.io', 'semver'],
      ['Packagist', 'semver'],
      ['Hex', 'semver'],
      ['Pub', 'semver'],
      ['NuGet', 'semver'],
      ['Go', 'go'],
      ['PyPI', 'pep440'],
      ['Maven', 'maven'],
      ['Maven:https://repo1.maven.org/maven2/', 'maven'],
      ['RubyGems', 'rubygems'],
    ];
    assert.deepEqual(
      expected.map(([ecosystem]) => [ecosystem, schemeForEcosystem(ecosystem)]),
      expected,
    );
  });

  it('tolerates case and blanks but not unknown ecosystems', () => {
    assert.equal(schemeForEcosystem('pypi'), 'pep440');
    assert.equal(schemeForEcosystem(' debian :11'), 'dpkg');
    assert.equal(schemeForEcosystem('Hackage'), undefined);
    assert.equal(schemeForEcosystem(''), undefined);
    assert.equal(comparerFor('GIT'), undefined);
    assert.equal(isValidVersion('GIT', '1.0'), false);
  });

  it('hands out one comparer per scheme', () => {
    assert.equal(comparerFor('Debian:12'), comparerForScheme('dpkg'));
    assert.equal(comparerFor('Ubuntu:20.04'), comparerFor('Debian:11'));
  });
});

describe('comparers', () => {
  it('compare by ecosystem', () => {
    const cases: [string, string, string, number][] = [
      ['Debian:12', '1:1.2.13.dfsg-1', '1.2.13.dfsg-2', 1],
      ['Alpine:v3.19', '1.2.4-r0', '1.2.4_rc1-r0', 1],
      ['Red Hat:enterprise_linux:9', '1:3.0.7-24.el9', '3.0.7-27.el9', 1],
      ['npm', '5.0.0-beta.3', '4.21.2', 1],
      ['NuGet', '4.3.0.1', '4.3.0', 1],
      ['NuGet', '4.3.0.0', '4.3.0', 0],
      ['NuGet', '6.0.0-preview.5.21301.5', '6.0.0', -1],
      ['Packagist', 'v2.4.1', '2.4.10', -1],
      ['Go', 'v0.0.0-20191109021931-daa7c04131f5', 'v0.1.0', -1],
      ['PyPI', '2.0.0b1', '2.0.0', -1],
      ['Maven', '2.17.0', '2.17.1', -1],
      ['RubyGems', '7.0.8.1', '7.0.8', 1],
    ];
    for (const [ecosystem, a, b, expected] of cases) {
      const compare = comparerFor(ecosystem);
      assert.ok(compare, ecosystem);
      assert.equal(compare(a, b), expected, `${ecosystem}: ${a} vs ${b}`);
      assert.equal(compare(b, a), -expected || 0, `${ecosystem}: ${b} vs ${a}`);
    }
  });

  it('report versions their scheme cannot parse', () => {
    const cases: [string, string, boolean][] = [
      ['Debian:12', '1.2.3-1', true],
      ['Debian:12', 'a:1.0', false],
      ['Debian:12', '1.0-', false],
      ['Debian:12', 'abc', false],
      ['Alpine:v3.19', '1.2.3-r4', true],
      ['Alpine:v3.19', '1.2.3-4', false],
      ['Alpine:v3.19', '1.2_foo', false],
      ['Red Hat', '0:1.2-3.el9', true],
      ['Red Hat', '1.2 3', false],
      ['npm', '1.2.3-beta.1+build', true],
      ['npm', 'latest', false],
      ['NuGet', '1.2.3.4', true],
      ['Go', 'v1.2.3+incompatible', true],
      ['Go', 'v1.2.3.4', false],
      ['PyPI', '1.0.post1.dev2+local.7', true],
      ['PyPI', '1.0-foo-bar', false],
      ['Maven', '1.0-whatever.at_all', true],
      ['RubyGems', '1.0.0-rc1', true],
      ['RubyGems', '1.0 beta', false],
      ['npm', '   ', false],
    ];
    for (const [ecosystem, version, valid] of cases) {
      assert.equal(isValidVersion(ecosystem, version), valid, `${ecosystem} ${JSON.stringify(version)}`);
    }
  });

  it('never throw, answer only -1, 0 or 1, and stay antisymmetric on hostile input', () => {
    const inputs = [
      '',
      ' ',
      '0',
      '1.0',
      'v1.0.0',
      '1:',
      ':1',
      '-',
      '--',
      '~',
      '^',
      '_',
      '.',
      '1..2',
      '1.0-',
      '1.0~~^^',
      'abc',
      'ABC',
      '1.2.3-αβγ',
      '１.２',
      '99999999999999999999999999.1',
      '1.0_alpha_beta_rc_p9-r9',
      '1!2.0+local.X',
      '1.0-0.x.Y.-',
      'go',
      'v',
      '1-sp-1',
      '\u0000',
      // Long enough to exhaust the stack of a recursive parser or to expose a backtracking regular expression.
      '1-'.repeat(20_000),
      '1.'.repeat(20_000) + '1',
      'a1'.repeat(20_000),
      '0'.repeat(40_000),
    ];
    for (const scheme of versionSchemes) {
      const compare = comparerForScheme(scheme);
      for (const a of inputs) {
        for (const b of inputs) {
          const forward = compare(a, b);
          const backward = compare(b, a);
          assert.ok(
            [-1, 0, 1].some((value) => Object.is(value, forward)),
            `${scheme}: ${a} vs ${b} = ${forward}`,
          );
          assert.ok(
            Object.is(backward, forward === 0 ? 0 : -forward),
            `${scheme}: ${a} vs ${b} not antisymmetric`,
          );
        }
      }
    }
  });

  it('sort unparsable versions before valid ones, by text among themselves', () => {
    const compare = comparerForScheme('pep440');
    assert.equal(compare('not a version', '0.0.1'), -1);
    assert.equal(compare('not a version', 'not b version'), -1);
    assert.equal(comparerForScheme('semver')('latest', '0.0.0'), -1);
  });

  it('order a shuffled list consistently', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta', '1.0.0', '1.0.1', '1.1.0', '2.0.0'];
    const shuffled = [
      ordered[3],
      ordered[0],
      ordered[6],
      ordered[2],
      ordered[5],
      ordered[1],
      ordered[4],
    ].filter((version): version is string => version !== undefined);
    assert.deepEqual(shuffled.sort(comparerForScheme('semver')), ordered);
  });
});

describe('memoizeParse', () => {
  it('parses each string once while it is recent, and forgets it after two generations', () => {
    const calls: string[] = [];
    const parse = memoizeParse((version: string) => {
      calls.push(version);
      return { version };
    }, 2);
    for (const version of ['a', 'a', 'b', 'c', 'b', 'd', 'e', 'd', 'a']) parse(version);
    // a and b fill the first generation, c and b (carried over) the second, d and e the third: a is gone.
    assert.deepEqual(calls, ['a', 'b', 'c', 'd', 'e', 'a']);
    assert.deepEqual(parse('d'), { version: 'd' });
    assert.equal(calls.length, 6);
  });
});
