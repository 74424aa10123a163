import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { readImageFromPath } from '../../../../src/engines/image/read/read-image.js';
import { tempDir } from '../../../support/cli.js';
import { indexEntry, writeOciLayout } from '../../../support/image-builder.js';
import { assertSampleRead, inspections, sampleImage } from './fixtures.js';

// Archives written by another tool (skopeo) must read like Bulwark's own: its `docker save` layout differs
// (layer tars at the top, linked from `<id>/layer.tar`).
function skopeoMissing(): string | undefined {
  if (spawnSync('skopeo', ['--version']).status === 0) return undefined;
  if (process.env['CI'] === 'true') throw new Error('skopeo is required (CI=true) but is not installed');
  return 'skopeo is not installed';
}

function skopeoCopy(from: string, to: string): void {
  const result = spawnSync('skopeo', ['--insecure-policy', 'copy', '--quiet', from, to], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
}

test(
  'archives written by skopeo read like the layout they came from',
  { skip: skopeoMissing() },
  async () => {
    const image = await sampleImage();
    const root = tempDir('interop');
    const layout = path.join(root, 'layout');
    await writeOciLayout(layout, [indexEntry(image, { refName: 'sample' })]);
    skopeoCopy(`oci:${layout}:sample`, `docker-archive:${path.join(root, 'docker.tar')}:bulwark/sample:1`);
    skopeoCopy(`oci:${layout}:sample`, `oci-archive:${path.join(root, 'oci.tar')}:sample`);
    assertSampleRead(
      await readImageFromPath(path.join(root, 'docker.tar'), inspections),
      image.layers.map((layer) => layer.diffId),
    );
    const oci = await readImageFromPath(`${path.join(root, 'oci.tar')}:sample`, inspections);
    assertSampleRead(
      oci,
      image.layers.map((layer) => layer.digest),
    );
    assert.equal(oci.summary.configDigest, image.config.digest);
  },
);
