import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ReportFormat } from '../../src/reporters/index.js';
import { reporters } from '../../src/reporters/index.js';
import { fromRoot } from '../support/paths.js';
import { imageRenderOptions, imageReport } from './image-fixture-report.js';

/** One image report in every format an image scan writes; `UPDATE_GOLDEN=1` (npm run golden) rewrites them. */
const formats: readonly ReportFormat[] = ['table', 'json', 'sarif', 'junit', 'html', 'cyclonedx', 'spdx'];

const update = process.env['UPDATE_GOLDEN'] === '1';

function render(format: ReportFormat, report = imageReport): string {
  return reporters[format](report, imageRenderOptions());
}

describe('image report golden files', () => {
  for (const format of formats) {
    it(`image-report.${format} matches test/golden/image-report.${format}`, () => {
      const file = fromRoot('test', 'golden', `image-report.${format}`);
      const actual = render(format);
      if (update) {
        writeFileSync(file, actual);
        return;
      }
      assert.ok(existsSync(file), `test/golden/image-report.${format} is missing: run \`npm run golden\``);
      assert.equal(
        actual,
        readFileSync(file, 'utf8'),
        `image-report.${format} differs from its golden file: if the change is intended, run \`npm run golden\``,
      );
    });
  }

  it('renders byte-identically from an equal report and leaves the report untouched', () => {
    const before = JSON.stringify(imageReport);
    for (const format of formats)
      assert.equal(
        render(format, structuredClone(imageReport)),
        render(format),
        `${format} is not deterministic`,
      );
    assert.equal(JSON.stringify(imageReport), before);
  });
});
