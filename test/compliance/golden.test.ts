import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ReportFormat } from '../../src/reporters/index.js';
import { reporters } from '../../src/reporters/index.js';
import { fromRoot } from '../support/paths.js';
import { fixtureRules } from '../reporters/fixture-report.js';
import { fixtureComplianceReport } from './fixture-compliance.js';

/** `test/golden/compliance.*`: the fixed report with a compliance view, in every format that shows it. */
const goldens: Record<string, { format: ReportFormat; color: boolean }> = {
  table: { format: 'table', color: false },
  'table-color': { format: 'table', color: true },
  json: { format: 'json', color: false },
  html: { format: 'html', color: false },
};

const update = process.env['UPDATE_GOLDEN'] === '1';

function render(name: string): string {
  const golden = goldens[name];
  if (golden === undefined) throw new Error(`no golden ${name}`);
  return reporters[golden.format](fixtureComplianceReport, {
    rules: fixtureRules,
    color: golden.color,
    created: '2026-01-31T12:00:00Z',
  });
}

describe('compliance golden files', () => {
  for (const name of Object.keys(goldens)) {
    it(`compliance.${name} matches test/golden/compliance.${name}`, () => {
      const file = fromRoot('test', 'golden', `compliance.${name}`);
      const actual = render(name);
      if (update) {
        writeFileSync(file, actual);
        return;
      }
      assert.ok(existsSync(file), `test/golden/compliance.${name} is missing: run with UPDATE_GOLDEN=1`);
      assert.equal(actual, readFileSync(file, 'utf8'), `compliance.${name} differs from its golden file`);
    });
  }

  it('renders the same bytes twice and leaves the report untouched', () => {
    const before = JSON.stringify(fixtureComplianceReport);
    for (const name of Object.keys(goldens)) assert.equal(render(name), render(name));
    assert.equal(JSON.stringify(fixtureComplianceReport), before);
  });

  it('puts the compliance view in JSON only when the report has one', () => {
    const parsed: unknown = JSON.parse(render('json'));
    assert.ok(typeof parsed === 'object' && parsed !== null && 'compliance' in parsed);
    const plain = reporters.json(
      { ...fixtureComplianceReport, compliance: undefined },
      {
        rules: fixtureRules,
        color: false,
      },
    );
    assert.ok(!plain.includes('"compliance"'));
  });

  it('escapes hostile titles in the HTML and shows control characters nowhere', () => {
    const html = render('html');
    assert.ok(!html.includes('<script>alert'));
    assert.ok(
      html.includes('Title with &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;'),
    );
    assert.ok(!render('table').includes('\u001b['));
  });
});
