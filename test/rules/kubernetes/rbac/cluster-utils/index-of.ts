import assert from 'node:assert/strict';
import type { ClusterIndex } from '../../../../../src/core/index.js';
import { indexJobs } from '../../../../../src/engines/scan/index-files.js';

/** The cluster index of one manifest text, which must hold no input error. */
export function indexOf(code: string, file = 'test.yaml'): ClusterIndex {
  const indexed = indexJobs([{ display: file, identityPath: file, kind: 'yaml', text: code }]);
  assert.deepEqual(indexed.errors, []);
  return indexed.cluster;
}
