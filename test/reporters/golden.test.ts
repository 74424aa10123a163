import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { RuleMeta } from '../../src/core/index.js';
import type { ReportFormat, SbomRenderOptions } from '../../src/reporters/index.js';
import { reportFormats, reporters } from '../../src/reporters/index.js';
import { fromRoot } from '../support/paths.js';
import { fixtureReport, fixtureRules } from './fixture-report.js';

/** Golden name → how to render it; `UPDATE_GOLDEN=1` (npm run golden) rewrites the files instead of comparing. */
const goldens: Record<string, { format: ReportFormat; color: boolean }> = {
  table: { format: 'table', color: false },
  'table-color': { format: 'table', color: true },
  json: { format: 'json', color: false },
  sarif: { format: 'sarif', color: false },
  junit: { format: 'junit', color: false },
  html: { format: 'html', color: false },
  'policy-report': { format: 'policy-report', color: false },
  cyclonedx: { format: 'cyclonedx', color: false },
  spdx: { format: 'spdx', color: false },
};

/** The SBOM formats say when they were made: a fixed time, as the CLI's injected clock would give. */
function optionsFor(color: boolean, rules: readonly RuleMeta[] = fixtureRules): SbomRenderOptions {
  return { rules, color, created: '2026-01-31T12:00:00Z' };
}

const update = process.env['UPDATE_GOLDEN'] === '1';

function render(name: string): string {
  const golden = goldens[name];
  if (golden === undefined) throw new Error(`no golden ${name}`);
  return reporters[golden.format](fixtureReport, optionsFor(golden.color));
}

describe('golden files', () => {
  for (const name of Object.keys(goldens)) {
    it(`report.${name} matches test/golden/report.${name}`, () => {
      const file = fromRoot('test', 'golden', `report.${name}`);
      const actual = render(name);
      if (update) {
        writeFileSync(file, actual);
        return;
      }
      assert.ok(
        existsSync(file),
        `test/golden/report.${name} is missing: run \`npm run golden\` and review it`,
      );
      assert.equal(
        actual,
        readFileSync(file, 'utf8'),
        `report.${name} differs from its golden file: if the change is intended, run \`npm run golden\``,
      );
    });
  }

  it('has a golden file for every report format', () => {
    const covered = new Set(Object.values(goldens).map((golden) => golden.format));
    assert.deepEqual(
      [...reportFormats].filter((format) => !covered.has(format)),
      [],
    );
  });

  it('renders byte-identically from an equal report and leaves the report untouched', () => {
    const before = JSON.stringify(fixtureReport);
    for (const name of Object.keys(goldens)) {
      const golden = goldens[name];
      if (golden === undefined) continue;
      const copy = structuredClone(fixtureReport);
      const again = reporters[golden.format](copy, optionsFor(golden.color, [...fixtureRules]));
      assert.equal(again, render(name), `${name} is not deterministic`);
    }
    assert.equal(JSON.stringify(fixtureReport), before);
  });

  it('keeps the colourless table free of ANSI escapes', () => {
    assert.ok(!render('table').includes('\u001b['));
    assert.ok(render('table-color').includes('\u001b['));
  });
});
