import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dockerfileRules } from '../../../src/rules/dockerfile/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sourceFolder = path.resolve(here, '../../../../src/rules/dockerfile');
const testFolder = path.resolve(here, '../../../../test/rules/dockerfile');

it('lists Dockerfile rules sorted by id, with unique ids and slugs', () => {
  const ids = dockerfileRules.map((rule) => rule.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(new Set(dockerfileRules.map((rule) => rule.slug)).size, ids.length);
  for (const rule of dockerfileRules) {
    assert.match(rule.id, /^DF0\d\d$/);
    assert.equal(rule.domain, 'dockerfile');
    assert.equal(rule.target, 'dockerfile');
  }
});

it('keeps one rule per file named by its slug, each with a test', () => {
  for (const rule of dockerfileRules) {
    assert.ok(existsSync(path.join(sourceFolder, `${rule.slug}.ts`)), `src/rules/dockerfile/${rule.slug}.ts`);
    assert.ok(
      existsSync(path.join(testFolder, `${rule.slug}.test.ts`)),
      `test/rules/dockerfile/${rule.slug}.test.ts`,
    );
  }
});

it('ports the hadolint rules the project promises', () => {
  const ported = new Set(dockerfileRules.flatMap((rule) => rule.references.hadolint ?? []));
  const promised = [
    'DL3000',
    'DL3001',
    'DL3002',
    'DL3003',
    'DL3004',
    'DL3006',
    'DL3007',
    'DL3008',
    'DL3009',
    'DL3013',
    'DL3014',
    'DL3015',
    'DL3016',
    'DL3018',
    'DL3019',
    'DL3020',
    'DL3022',
    'DL3023',
    'DL3024',
    'DL3025',
    'DL3027',
    'DL3042',
    'DL3044',
    'DL3057',
    'DL3061',
    'DL4000',
    'DL4001',
    'DL4003',
    'DL4004',
    'DL4006',
  ];
  for (const id of promised) assert.ok(ported.has(id), id);
  const optIn = dockerfileRules.filter((rule) => rule.optIn === true).map((rule) => rule.references.hadolint);
  assert.deepEqual(optIn, [['DL3057']]);
});
