import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readImageFromPath } from '../../../../src/engines/image/read/read-image.js';
import { tempDir } from '../../../support/cli.js';
import type { TestImage, TestLayer } from '../../../support/image-builder.js';
import {
  buildImage,
  file,
  replaceLayer,
  writeDockerArchive,
  writeGzipBombLayer,
  writeOciArchive,
  writeOciLayout,
} from '../../../support/image-builder.js';
import { inspections } from './fixtures.js';

const mebibyte = 1024 * 1024;

async function imageWithBomb(root: string): Promise<{ image: TestImage; bomb: TestLayer }> {
  const bomb = await writeGzipBombLayer(path.join(root, 'bomb.gz'));
  const base = await buildImage({
    layers: [{ entries: [file('/below', 'b')] }, { entries: [] }, { entries: [file('/above', 'a')] }],
  });
  return { image: replaceLayer(base, 1, bomb), bomb };
}

/** Highest resident set size seen while `work` runs, sampled every few milliseconds. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(sampler);
  }
}

describe('a gzip bomb layer', () => {
  test('is stopped at the default limits with bounded memory; the rest of the image is read', async () => {
    const root = tempDir('bomb');
    const { image, bomb } = await imageWithBomb(root);
    assert.ok(bomb.size < 8 * mebibyte, `the bomb is small on disk (${bomb.size} bytes)`);
    const layout = path.join(root, 'layout');
    await writeOciLayout(layout, image);
    const before = process.memoryUsage().rss;
    const { result: read, peak } = await peakRss(() => readImageFromPath(layout, inspections));
    const growth = peak - before;
    assert.ok(growth < 300 * mebibyte, `memory grew by ${Math.round(growth / mebibyte)} MiB`);
    assert.equal(read.errors.length, 1);
    assert.equal(read.errors[0]?.layer, bomb.digest);
    assert.match(
      read.errors[0]?.message ?? '',
      new RegExp(
        `^layer ${bomb.digest}: decompresses to more than 1073741824 bytes, over 200 times its \\d+ compressed`,
      ),
    );
    assert.deepEqual([...read.view.paths()], ['/above', '/below', '/zeros']);
    assert.equal(read.walks[1]?.complete, false);
    assert.deepEqual(read.results.recording[1]?.result.contents['/zeros'], {
      text: '\0'.repeat(64),
      truncated: true,
    });
  });

  test('inside archives it is stopped and the archive goes on past it', async () => {
    const root = tempDir('bomb-archive');
    const { image, bomb } = await imageWithBomb(root);
    const limits = { maxDecompressedBytes: 64 * mebibyte };
    const archives = { oci: path.join(root, 'oci.tar'), docker: path.join(root, 'docker.tar') };
    await writeOciArchive(archives.oci, image, { order: 'metadata-last' });
    await writeDockerArchive(archives.docker, image);
    for (const [kind, archive] of Object.entries(archives)) {
      const read = await readImageFromPath(archive, inspections, { limits });
      assert.equal(read.errors.length, 1, kind);
      assert.match(read.errors[0]?.message ?? '', /decompresses to more than 67108864 bytes/);
      if (kind === 'oci') assert.equal(read.errors[0]?.layer, bomb.digest);
      assert.deepEqual([...read.view.paths()], ['/above', '/below', '/zeros'], kind);
    }
  });
});
