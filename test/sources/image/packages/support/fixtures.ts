import { readFileSync } from 'node:fs';
import { fromRoot } from '../../../../support/paths.js';

/** Bytes of a fixture under test/fixtures/packages. */
export function packageFixture(...parts: string[]): Buffer {
  return readFileSync(fromRoot('test', 'fixtures', 'packages', ...parts));
}
