import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CalicoExpression } from '../../../../../src/rules/kubernetes/network/network-utils/calico-selector.js';
import {
  evaluateCalico,
  parseCalicoSelector,
} from '../../../../../src/rules/kubernetes/network/network-utils/calico-selector.js';

function parse(text: string): CalicoExpression {
  const parsed = parseCalicoSelector(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.expression;
}

const labels = { app: 'web', tier: 'front', 'app.kubernetes.io/name': 'shop' };

describe('Calico selector expressions', () => {
  it('evaluate the operators Calico documents', () => {
    for (const [text, expected] of [
      ["app == 'web'", 'yes'],
      ['app == "db"', 'no'],
      ["app != 'db'", 'yes'],
      ["missing != 'x'", 'yes'],
      ['has(tier)', 'yes'],
      ['!has(tier)', 'no'],
      ["app in {'web', 'api'}", 'yes'],
      ["app not in {'web'}", 'no'],
      ["app.kubernetes.io/name starts with 'sh'", 'yes'],
      ["tier ends with 'nt'", 'yes'],
      ["tier contains 'ro'", 'yes'],
      ["app == 'web' && (tier == 'back' || has(app.kubernetes.io/name))", 'yes'],
      ["!(app == 'web')", 'no'],
      ['all()', 'yes'],
      ['', 'yes'],
      ['global()', 'maybe'],
    ] as const)
      assert.equal(evaluateCalico(parse(text), labels), expected, text);
  });

  it('leave labels it does not know open', () => {
    const isKnown = (key: string) => key !== 'team';
    assert.equal(evaluateCalico(parse("team == 'a'"), labels, isKnown), 'maybe');
    assert.equal(evaluateCalico(parse("team == 'a' && app == 'db'"), labels, isKnown), 'no');
    assert.equal(evaluateCalico(parse("team == 'a' || app == 'web'"), labels, isKnown), 'yes');
  });

  it('report what does not parse', () => {
    for (const text of [
      "app = 'web'",
      "app == 'web",
      'has(app',
      "app in {'a' 'b'}",
      'frobnicate()',
      "app == 'a' &&",
      "(app == 'a'",
    ])
      assert.ok('error' in parseCalicoSelector(text), text);
  });
});
