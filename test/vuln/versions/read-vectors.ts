import { readFileSync } from 'node:fs';
import { fromRoot } from '../../support/paths.js';

export interface VersionVector {
  a: string;
  b: string;
  expected: number;
  line: number;
}

/** Reads `test/fixtures/version-vectors/<name>.tsv`: `A<TAB>B<TAB>cmp` lines, `#` comments, blank lines skipped. */
export function readVersionVectors(name: string): VersionVector[] {
  const text = readFileSync(fromRoot('test', 'fixtures', 'version-vectors', `${name}.tsv`), 'utf8');
  const vectors: VersionVector[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [a, b, expected, ...extra] = line.split('\t');
    if (a === undefined || b === undefined || expected === undefined || extra.length > 0) {
      throw new Error(`${name}.tsv:${index + 1}: expected three tab-separated fields`);
    }
    const cmp = Number(expected.trim());
    if (cmp !== -1 && cmp !== 0 && cmp !== 1)
      throw new Error(`${name}.tsv:${index + 1}: cmp must be -1, 0 or 1`);
    vectors.push({ a, b, expected: cmp, line: index + 1 });
  }
  return vectors;
}
