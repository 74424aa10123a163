import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasInterpolation, resolveDefaults } from '../../src/sources/compose/interpolation.js';

describe('compose interpolation read by its defaults', () => {
  it('resolves `${VAR:-default}` and `${VAR-default}`, nested ones and `$$`', () => {
    const cases: [string, string][] = [
      ['plain', 'plain'],
      ['${SOCK:-/var/run/docker.sock}', '/var/run/docker.sock'],
      ['${SOCK-/run/docker.sock}:/var/run/docker.sock', '/run/docker.sock:/var/run/docker.sock'],
      ['${A:-${B:-nested}}', 'nested'],
      ['${A:-}', ''],
      ['$${NOT_A_VARIABLE}', '${NOT_A_VARIABLE}'],
      ['cost: 5$', 'cost: 5$'],
      ['${UID:-1000}:${GID:-1000}', '1000:1000'],
    ];
    for (const [text, expected] of cases) assert.equal(resolveDefaults(text), expected, text);
  });

  it('leaves values that depend on a variable without a default unknown', () => {
    for (const text of [
      '${VAR}',
      '$VAR',
      'pre-$VAR',
      '${VAR:?required}',
      '${VAR:+set}',
      '${A:-${B}}',
      '${UNCLOSED',
    ])
      assert.equal(resolveDefaults(text), undefined, text);
  });

  it('tells interpolated values from literal ones', () => {
    for (const text of ['${VAR}', '$VAR', 'a${B:-c}']) assert.ok(hasInterpolation(text), text);
    for (const text of ['plain', '$$VAR', 'price $5', '$']) assert.ok(!hasInterpolation(text), text);
  });
});
