import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparerForScheme, isValidVersionForScheme } from '../../../src/vuln/versions/index.js';
import type { VersionScheme } from '../../../src/vuln/versions/index.js';
import { readVersionVectors } from './read-vectors.js';

/** Each vector file and the scheme it checks; every version in them is valid for that scheme. */
const files: readonly [string, VersionScheme][] = [
  ['apk', 'apk'],
  ['dpkg', 'dpkg'],
  ['go', 'go'],
  ['maven', 'maven'],
  ['pep440', 'pep440'],
  ['rpm', 'rpm'],
  ['rubygems', 'rubygems'],
  ['semver', 'semver'],
];

describe('version vectors', () => {
  for (const [file, scheme] of files) {
    it(`${file}.tsv: every line, both ways`, () => {
      const compare = comparerForScheme(scheme);
      const vectors = readVersionVectors(file);
      assert.ok(vectors.length >= 15, `${file}.tsv holds too few vectors`);
      const failures: string[] = [];
      for (const { a, b, expected, line } of vectors) {
        const forward = compare(a, b);
        const backward = compare(b, a);
        if (!Object.is(forward, expected) || !Object.is(backward, expected === 0 ? 0 : -expected)) {
          failures.push(
            `line ${line}: cmp(${a}, ${b}) = ${forward}, cmp(${b}, ${a}) = ${backward}; want ${expected}`,
          );
        }
        for (const version of [a, b]) {
          if (!isValidVersionForScheme(scheme, version))
            failures.push(`line ${line}: ${version} reported invalid`);
        }
      }
      assert.deepEqual(failures, []);
    });
  }
});
