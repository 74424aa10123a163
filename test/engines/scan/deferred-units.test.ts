import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FieldPath } from '../../../src/core/index.js';
import { detachUnits } from '../../../src/engines/scan/deferred-units.js';
import { buildUnits } from '../../../src/engines/scan/units.js';
import {
  deployment,
  manifest,
  roleBinding,
  sa,
  serviceAccount,
  user,
} from '../../rules/kubernetes/rbac/rbac-manifests.js';

const text = manifest(
  serviceAccount('web'),
  roleBinding('b', { kind: 'ClusterRole', name: 'view' }, [sa('web'), user('alice')]),
  deployment('web', 'shop', 'web'),
);
const job = { display: 'a.yaml', identityPath: 'a.yaml', kind: 'yaml' as const, text };

describe('objects kept for the second pass without their syntax tree', () => {
  it('place every path exactly where the parsed object does, pre-placed or parsed again', () => {
    const units = buildUnits(text, 'a.yaml', 'yaml').units.filter(
      (unit) => unit.resource.kind !== 'ServiceAccount',
    );
    const refs = units.map((unit) => ({
      file: 'a.yaml',
      kind: unit.resource.kind,
      name: unit.resource.name,
      line: unit.resource.source.startLine ?? 0,
      column: unit.resource.source.startColumn ?? 0,
    }));
    const detached = detachUnits(job, units, refs, []);
    const paths: FieldPath[] = [
      [],
      ['subjects', 1],
      ['roleRef', 'name'],
      ['metadata', 'namespace'],
      ['subjects', 0, 'name'],
      ['spec', 'template', 'metadata', 'labels'],
      ['spec', 'template', 'spec', 'containers', 0, 'image'],
      ['spec', 'missing', 'deeper'],
    ];
    for (const [index, unit] of units.entries()) {
      const kept = detached.units[index];
      assert.ok(kept);
      for (const path of paths)
        assert.deepEqual(
          kept.place(path, undefined),
          unit.place(path, undefined),
          `${unit.resource.kind} ${path.join('.')}`,
        );
    }
  });
});
