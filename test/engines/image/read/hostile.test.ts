import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readImageFromPath } from '../../../../src/engines/image/read/read-image.js';
import { tempDir } from '../../../support/cli.js';
import type { TestImage, TestLayer } from '../../../support/image-builder.js';
import {
  buildImage,
  buildLayer,
  claimLayerSize,
  corruptLayerDigest,
  file,
  hardlink,
  loopingIndex,
  replaceLayer,
  sha256,
  symlink,
  tarOf,
  truncateFile,
  truncateLayer,
  writeDockerArchive,
  writeOciArchive,
  writeOciLayout,
} from '../../../support/image-builder.js';
import { inspections, samplePaths, sampleImage } from './fixtures.js';

type Writer = (target: string, image: TestImage) => Promise<void>;

const writers: Record<string, Writer> = {
  'OCI layout': (target, image) => writeOciLayout(target, image),
  'oci-archive': (target, image) => writeOciArchive(target, image),
};

async function readAs(writer: string, image: TestImage, options = {}) {
  const target = path.join(tempDir('hostile'), 'image');
  await writers[writer]?.(target, image);
  return readImageFromPath(target, inspections, options);
}

function messages(read: { errors: readonly { message: string }[] }): string[] {
  return read.errors.map((error) => error.message);
}

/** A layer whose gzip cut lands inside its files: several entries, incompressible content. */
async function bulkyImage(): Promise<TestImage> {
  const noise = (seed: number) =>
    Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 7919 + seed * 104729) % 251));
  return buildImage({
    layers: [
      { entries: [file('/base/one', noise(1)), file('/base/two', noise(2)), file('/base/three', noise(3))] },
      { entries: [file('/upper/file', 'u')] },
    ],
  });
}

describe('hostile and broken images', () => {
  for (const writer of Object.keys(writers)) {
    test(`${writer}: a layer that does not match its digest is reported; the image is still read`, async () => {
      const image = corruptLayerDigest(await sampleImage(), 1);
      const digest = image.layers[1]?.digest ?? '';
      const read = await readAs(writer, image);
      assert.equal(read.errors.length, 1);
      assert.equal(read.errors[0]?.layer, digest);
      assert.match(
        read.errors[0]?.message ?? '',
        new RegExp(
          `^layer ${digest}: the blob's digest is sha256:[0-9a-f]{64}, not ${digest} as its descriptor says$`,
        ),
      );
      assert.deepEqual([...read.view.paths()], samplePaths);
    });

    test(`${writer}: a truncated layer keeps what was read before the cut; other layers are read`, async () => {
      const image = truncateLayer(await bulkyImage(), 0);
      const digest = image.layers[0]?.digest ?? '';
      const read = await readAs(writer, image);
      const text = messages(read).join('\n');
      assert.match(text, new RegExp(`layer ${digest}: gzip data ends early \\(truncated layer\\)`));
      assert.ok(read.errors.every((error) => error.layer === digest));
      assert.equal(read.walks[0]?.complete, false);
      assert.ok(read.view.entry('/base/one'), 'the first file of the cut layer is kept');
      assert.ok(read.view.entry('/upper/file'));
      if (writer === 'OCI layout') {
        assert.match(text, /the blob has \d+ bytes but its descriptor declares \d+/);
      }
    });

    test(`${writer}: a descriptor claiming 10 GB is checked against the real blob`, async () => {
      const image = claimLayerSize(await sampleImage(), 2, 10_000_000_000);
      const digest = image.layers[2]?.digest ?? '';
      const read = await readAs(writer, image);
      assert.deepEqual(read.errors.length, 1);
      assert.equal(read.errors[0]?.layer, digest);
      assert.match(
        read.errors[0]?.message ?? '',
        /the blob has \d+ bytes but (its descriptor|the manifest) declares 10000000000/,
      );
      assert.deepEqual([...read.view.paths()], samplePaths);
    });

    test(`${writer}: a blob longer than its descriptor is cut at the declared size`, async () => {
      const image = claimLayerSize(await sampleImage(), 0, 20);
      const digest = image.layers[0]?.digest ?? '';
      const read = await readAs(writer, image);
      const text = messages(read).join('\n');
      if (writer === 'OCI layout') {
        assert.match(
          text,
          new RegExp(`layer ${digest}: the blob is larger than the 20 bytes its descriptor declares`),
        );
        assert.equal(read.view.entry('/app/keep'), undefined);
      } else {
        assert.match(
          text,
          new RegExp(`layer ${digest}: the blob has \\d+ bytes but the manifest declares 20`),
        );
      }
      assert.equal(read.view.visibleLayer('/etc/os-release'), 2);
    });

    test(`${writer}: an index that lists itself is an error, not a hang`, async () => {
      const loop = loopingIndex();
      const root = tempDir('loop');
      const target = path.join(root, 'image');
      if (writer === 'OCI layout') await writeOciLayout(target, [loop]);
      else await writeOciArchive(target, [loop]);
      const read = await readImageFromPath(target, inspections);
      assert.equal(read.errors.length, 1);
      assert.match(
        read.errors[0]?.message ?? '',
        new RegExp(`manifest ${loop.descriptor.digest}: the content's digest`),
      );
      assert.deepEqual([...read.view.paths()], []);
    });

    test(`${writer}: a layer whose uncompressed digest is not the config's diff_id is reported`, async () => {
      const sample = await sampleImage();
      const layer = await buildLayer({ entries: [file('/extra', 'x')] });
      const image = replaceLayer(sample, 1, { ...layer, diffId: `sha256:${'0'.repeat(64)}` });
      const read = await readAs(writer, image);
      assert.deepEqual(messages(read), [
        `layer ${layer.digest}: its uncompressed digest is ${layer.diffId}, not sha256:${'0'.repeat(64)} as the ` +
          "config's diff_ids say",
      ]);
      assert.ok(read.view.entry('/extra'));
    });
  }

  test('hostile entries: traversal, absolute paths, escaping symlinks, dangling hard links', async () => {
    const unique = `bulwark-escape-${randomUUID()}`;
    const root = tempDir('escape');
    const hostile = await buildLayer({
      entries: [
        { type: 'raw', header: { name: `../../${unique}`, type: 'file' }, content: Buffer.from('escaped') },
        { type: 'raw', header: { name: `/../${unique}-abs`, type: 'file' }, content: Buffer.from('escaped') },
        { type: 'raw', header: { name: '/etc/absolute', type: 'file' }, content: Buffer.from('kept') },
        symlink('/etc/shadow-link', '../../../../../etc/shadow'),
        hardlink('/etc/dangling', '/etc/never-written'),
        { type: 'raw', header: { name: 'etc/escape-link', type: 'link', linkname: `../../${unique}` } },
        file('/etc/fine', 'fine'),
      ],
    });
    const image = await buildImage({ layers: [{ entries: [file('/base', 'b')] }, hostile] });
    const targets = { layout: path.join(root, 'layout'), archive: path.join(root, 'image.tar') };
    await writeOciLayout(targets.layout, image);
    await writeDockerArchive(targets.archive, image);
    for (const [kind, target] of Object.entries(targets)) {
      const read = await readImageFromPath(target, inspections);
      const layer = kind === 'layout' ? hostile.digest : hostile.diffId;
      assert.deepEqual(
        read.errors.map((error) => [error.layer, error.entry]),
        [
          [layer, `../../${unique}`],
          [layer, `/../${unique}-abs`],
          [layer, 'etc/escape-link'],
        ],
        kind,
      );
      for (const error of read.errors) assert.match(error.message, /leaves the image root/);
      const notes = read.notes.join('\n');
      assert.match(notes, /"\/etc\/absolute" has an absolute path; read as \/etc\/absolute/);
      assert.match(
        notes,
        /symlink \/etc\/shadow-link -> \.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/shadow leaves the image root; not followed/,
      );
      assert.match(
        notes,
        /hard link \/etc\/dangling -> etc\/never-written: the target is in neither this layer/,
      );
      assert.deepEqual(
        [...read.view.paths()],
        ['/base', '/etc/absolute', '/etc/dangling', '/etc/fine', '/etc/shadow-link'],
      );
    }
    const places = [tmpdir(), path.dirname(root), root, process.cwd(), path.dirname(process.cwd())];
    for (const place of places) {
      assert.equal(
        readdirSync(place).filter((name) => name.startsWith(unique)).length,
        0,
        `nothing written in ${place}`,
      );
    }
    assert.equal(existsSync(path.join(root, '..', '..', unique)), false);
  });

  test('an oci-archive cut short reports the cut; layers before it are read', async () => {
    const image = await bulkyImage();
    const archive = path.join(tempDir('cut-archive'), 'image.tar');
    await writeOciArchive(archive, image);
    const size = readFileSync(archive).length;
    await truncateFile(archive, size - 3000);
    const read = await readImageFromPath(archive, inspections);
    const text = messages(read).join('\n');
    assert.match(text, /the archive ends early \(truncated\)/);
    assert.equal(read.summary.layers.length, 2);
    assert.equal(read.summary.configDigest, image.config.digest);
    assert.ok(read.walks.some((walk) => !walk.complete));
    assert.ok([...read.view.paths()].length > 0);
  });

  test('a docker save archive cut before manifest.json is still ordered by the config', async () => {
    const image = await sampleImage();
    const archive = path.join(tempDir('cut-docker'), 'image.tar');
    await writeDockerArchive(archive, image);
    const bytes = readFileSync(archive);
    let cut = -1;
    for (let offset = 0; offset < bytes.length; offset += 512) {
      if (bytes.subarray(offset, offset + 14).toString('latin1') === 'manifest.json\0') cut = offset;
    }
    assert.ok(cut > 0);
    await truncateFile(archive, cut + 100);
    const read = await readImageFromPath(archive, inspections);
    assert.deepEqual(messages(read), [
      'the archive ends early (truncated)',
      'the archive holds neither manifest.json (docker save) nor index.json (OCI) (it ends early)',
    ]);
    assert.match(
      read.notes.join('\n'),
      /the archive's manifest is missing; layers are ordered by the diff_ids/,
    );
    assert.deepEqual([...read.view.paths()], samplePaths);
  });

  test('an archive that is not a tar is one clear error', async () => {
    const root = tempDir('not-tar');
    const junk = path.join(root, 'junk.tar');
    await writeFile(junk, Buffer.alloc(4096, 0x41));
    const read = await readImageFromPath(junk, inspections);
    assert.match(messages(read).join('\n'), /the archive is not a valid tar/);
  });

  test('a layer that decompresses to something other than a tar is an error, not a hang', async () => {
    const junk = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 31 + 7) % 256));
    const tar = await tarOf([file('/ok', 'ok')]);
    const layer: TestLayer = {
      ...(await buildLayer({ entries: [] })),
      bytes: gzipSync(junk),
      digest: sha256(gzipSync(junk)),
      size: gzipSync(junk).length,
      diffId: sha256(junk),
      tar,
    };
    const image = replaceLayer(await sampleImage(), 1, layer);
    const read = await readAs('OCI layout', image);
    assert.equal(read.errors.length, 1);
    assert.match(
      read.errors[0]?.message ?? '',
      new RegExp(`^layer ${layer.digest}: the layer is not a valid tar`),
    );
    assert.equal(read.view.visibleLayer('/etc/os-release'), 2);
  });

  test('an OCI layout missing a layer blob or its config says so', async () => {
    const image = await sampleImage();
    const layout = path.join(tempDir('missing-blob'), 'image');
    await writeOciLayout(layout, image);
    await rm(path.join(layout, 'blobs', 'sha256', image.layers[1]?.digest.slice(7) ?? ''));
    const read = await readImageFromPath(layout, inspections);
    assert.deepEqual(messages(read), [
      `layer ${image.layers[1]?.digest}: could not be read: the layout has no blob ${image.layers[1]?.digest}`,
    ]);
    assert.equal(read.walks.length, 3);
    assert.equal(read.view.visibleLayer('/etc/os-release'), 2);
    await rm(path.join(layout, 'blobs', 'sha256', image.config.digest.slice(7)));
    const noConfig = await readImageFromPath(layout, inspections);
    assert.match(
      messages(noConfig).join('\n'),
      /config sha256:[0-9a-f]{64} \(blob sha256:[0-9a-f]{64}\) could not be read/,
    );
  });
});
