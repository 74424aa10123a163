import assert from 'node:assert/strict';
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, test } from 'node:test';
import { createGzip } from 'node:zlib';
import type { BlobSource } from '../../../../src/engines/image/read/read-image.js';
import {
  readImageFromArchiveStream,
  readImageFromBlobs,
  readImageFromPath,
} from '../../../../src/engines/image/read/read-image.js';
import { ImageManifest } from '../../../../src/sources/image/schema.js';
import { tempDir } from '../../../support/cli.js';
import type { TestCompression, TestImage } from '../../../support/image-builder.js';
import {
  buildImage,
  file,
  indexEntry,
  nestedIndex,
  requireZstd,
  writeDockerArchive,
  writeOciArchive,
  writeOciLayout,
} from '../../../support/image-builder.js';
import { assertSampleRead, inspections, sampleImage } from './fixtures.js';

const compressionSets: readonly (readonly TestCompression[])[] = [
  ['gzip', 'gzip', 'gzip'],
  ['none', 'none', 'none'],
  ['zstd', 'zstd', 'zstd'],
  ['gzip', 'none', 'zstd'],
];

function skipWithoutZstd(compressions: readonly TestCompression[]): string | undefined {
  return compressions.includes('zstd') ? requireZstd() : undefined;
}

function ociDigests(image: TestImage): string[] {
  return image.layers.map((layer) => layer.digest);
}

function diffIds(image: TestImage): string[] {
  return image.layers.map((layer) => layer.diffId);
}

describe('every image format reads the same image', () => {
  for (const compressions of compressionSets) {
    const label = compressions.join('+');
    const skip = skipWithoutZstd(compressions);

    test(`OCI layout, ${label} layers`, { skip }, async () => {
      const image = await sampleImage(compressions);
      const layout = path.join(tempDir('read-layout'), 'image');
      await writeOciLayout(layout, image);
      const read = await readImageFromPath(layout, inspections);
      assertSampleRead(read, ociDigests(image));
      assert.equal(read.summary.manifestDigest, image.manifest.digest);
      assert.equal(read.summary.configDigest, image.config.digest);
      assertSampleRead(await readImageFromPath(layout, inspections, { concurrency: 3 }), ociDigests(image));
    });

    test(`oci-archive, ${label} layers, metadata first and last`, { skip }, async () => {
      const image = await sampleImage(compressions);
      const root = tempDir('read-oci-archive');
      for (const order of ['metadata-first', 'metadata-last'] as const) {
        const archive = path.join(root, `${order}.tar`);
        await writeOciArchive(archive, image, { order });
        const read = await readImageFromPath(archive, inspections);
        assertSampleRead(read, ociDigests(image));
        assert.equal(read.summary.manifestDigest, image.manifest.digest);
      }
    });

    test(`docker save archives (legacy and Docker ≥ 25), ${label} source layers`, { skip }, async () => {
      const image = await sampleImage(compressions);
      const root = tempDir('read-docker-archive');
      for (const style of ['legacy', 'oci'] as const) {
        const archive = path.join(root, `${style}.tar`);
        await writeDockerArchive(archive, image, { style, repoTags: [['bulwark/sample:1']] });
        const read = await readImageFromPath(archive, inspections);
        assertSampleRead(read, diffIds(image));
        assert.equal(read.summary.configDigest, image.config.digest);
        assert.equal(read.summary.manifestDigest === undefined, style === 'legacy');
      }
    });
  }

  test('a compressed docker save archive (.tar.gz) is read in the same pass', async () => {
    const image = await sampleImage();
    const root = tempDir('read-docker-gz');
    const archive = path.join(root, 'image.tar');
    await writeDockerArchive(archive, image);
    await pipeline(createReadStream(archive), createGzip(), createWriteStream(`${archive}.gz`));
    assertSampleRead(await readImageFromPath(`${archive}.gz`, inspections), diffIds(image));
  });

  test('an archive stream (what the Docker Engine API returns) reads like a file', async () => {
    const image = await sampleImage();
    const archive = path.join(tempDir('read-stream'), 'image.tar');
    await writeDockerArchive(archive, image, { style: 'oci' });
    const read = await readImageFromArchiveStream(createReadStream(archive), 'docker:sample', inspections);
    assertSampleRead(read, diffIds(image));
    assert.equal(read.summary.reference, 'docker:sample');
  });

  test('compression is told by magic bytes, whatever the media type says', async () => {
    const image = await sampleImage(['gzip', 'none', 'gzip']);
    const mislabelled: TestImage = {
      ...image,
      layers: image.layers.map((layer) => ({
        ...layer,
        mediaType: 'application/vnd.oci.image.layer.v1.tar',
      })),
    };
    const layout = path.join(tempDir('read-magic'), 'image');
    await writeOciLayout(layout, mislabelled);
    assertSampleRead(await readImageFromPath(layout, inspections), ociDigests(image));
  });

  test('a layer listed twice is read once and shared; docker save links the copy', async () => {
    const base = await buildImage({
      layers: [{ entries: [file('/a', 'a')] }, { entries: [file('/b', 'b')] }],
    });
    const image = await buildImage({
      layers: [base.layers[0], base.layers[1], base.layers[0]].flatMap((l) => l ?? []),
    });
    const root = tempDir('read-duplicate');
    await writeOciLayout(path.join(root, 'layout'), image);
    await writeDockerArchive(path.join(root, 'docker.tar'), image);
    for (const target of ['layout', 'docker.tar']) {
      const read = await readImageFromPath(path.join(root, target), inspections);
      assert.deepEqual(read.errors, [], target);
      assert.deepEqual([...read.view.paths()], ['/a', '/b']);
      assert.equal(read.view.visibleLayer('/a'), 2);
      assert.equal(read.walks[0]?.entries, read.walks[2]?.entries, `${target}: one walk for both positions`);
      assert.deepEqual(
        read.results.recording.map((result) => result.index),
        [0, 1, 2],
      );
    }
  });
});

describe('a blob source (what a registry client provides)', () => {
  function memorySource(image: TestImage, missing?: string): BlobSource {
    return {
      async resolveManifest() {
        return {
          manifestDigest: image.manifest.digest,
          manifest: ImageManifest.parse(image.manifestJson),
          configBytes: image.config.bytes ?? Buffer.alloc(0),
        };
      },
      async openBlob(descriptor) {
        const layer = image.layers.find((candidate) => candidate.digest === descriptor.digest);
        if (layer?.bytes === undefined || descriptor.digest === missing)
          throw new Error('HTTP 404 from the registry');
        return Readable.from([layer.bytes]);
      },
    };
  }

  test('layers stream from the source and are checked like files', async () => {
    const image = await sampleImage();
    const read = await readImageFromBlobs(memorySource(image), 'registry.test/sample:1', inspections);
    assertSampleRead(read, ociDigests(image));
    assert.equal(read.summary.reference, 'registry.test/sample:1');
  });

  test('a blob the source cannot open is an error of that layer; the others are read', async () => {
    const image = await sampleImage();
    const digest = image.layers[0]?.digest ?? '';
    const read = await readImageFromBlobs(memorySource(image, digest), 'registry.test/sample:1', inspections);
    assert.deepEqual(
      read.errors.map((error) => [error.layer, error.message]),
      [[digest, `layer ${digest}: could not be read: HTTP 404 from the registry`]],
    );
    assert.deepEqual([...read.view.paths()], ['/app/new', '/app/new-link', '/etc/os-release']);
  });
});

describe('choosing the image', () => {
  async function platformImages(): Promise<{ amd64: TestImage; arm64: TestImage }> {
    const amd64 = await buildImage({ layers: [{ entries: [file('/arch', 'amd64')] }] });
    const arm64 = await buildImage({
      layers: [{ entries: [file('/arch', 'arm64')] }],
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    });
    return { amd64, arm64 };
  }

  function archOf(
    read: Awaited<ReturnType<typeof readImageFromPath<typeof inspections>>>,
  ): string | undefined {
    return read.results.recording[0]?.result.contents['/arch']?.text;
  }

  test('a multi-platform index: linux/amd64 by default, --platform picks another', async () => {
    const { amd64, arm64 } = await platformImages();
    const root = tempDir('read-platforms');
    const roots = [
      nestedIndex([indexEntry(arm64), indexEntry(amd64)], { 'org.opencontainers.image.ref.name': 'multi' }),
    ];
    await writeOciLayout(path.join(root, 'layout'), roots);
    await writeOciArchive(path.join(root, 'oci.tar'), roots);
    for (const target of ['layout', 'oci.tar']) {
      const full = path.join(root, target);
      const byDefault = await readImageFromPath(full, inspections);
      assert.equal(archOf(byDefault), 'amd64');
      assert.deepEqual(byDefault.errors, []);
      assert.match(
        byDefault.notes.join('\n'),
        /offers 2 platforms \(linux\/arm64\/v8, linux\/amd64\); read linux\/amd64/,
      );
      const arm = await readImageFromPath(full, inspections, { platform: 'linux/arm64/v8' });
      assert.equal(archOf(arm), 'arm64');
      assert.equal(arm.summary.platform, 'linux/arm64/v8');
      assert.equal(arm.summary.manifestDigest, arm64.manifest.digest);
      assert.deepEqual(arm.notes, []);
      const missing = await readImageFromPath(full, inspections, { platform: 'linux/ppc64le' });
      assert.equal(missing.errors.length, 1);
      assert.match(
        missing.errors[0]?.message ?? '',
        /^image index sha256:[0-9a-f]{64} has no manifest for linux\/ppc64le \(platforms: linux\/arm64\/v8, linux\/amd64\)$/,
      );
      assert.deepEqual([...missing.view.paths()], []);
    }
  });

  test('DIR:TAG and FILE:TAG pick one image of several', async () => {
    const { amd64, arm64 } = await platformImages();
    const root = tempDir('read-tags');
    const layout = path.join(root, 'layout');
    await writeOciLayout(layout, [
      indexEntry(amd64, { refName: 'v1' }),
      indexEntry(arm64, { refName: 'v2' }),
    ]);
    assert.equal(archOf(await readImageFromPath(`${layout}:v2`, inspections)), 'arm64');
    assert.equal(archOf(await readImageFromPath(`${layout}:v1`, inspections)), 'amd64');
    const unknown = await readImageFromPath(`${layout}:v3`, inspections);
    assert.match(unknown.errors[0]?.message ?? '', /index\.json has no image tagged "v3" \(tags: v1, v2\)/);
    const archive = path.join(root, 'docker.tar');
    await writeDockerArchive(archive, [amd64, arm64], { repoTags: [['app:1'], ['app:2', 'other:latest']] });
    assert.equal(archOf(await readImageFromPath(`${archive}:app:2`, inspections)), 'arm64');
    assert.equal(archOf(await readImageFromPath(`${archive}:other`, inspections)), 'arm64');
    const first = await readImageFromPath(archive, inspections);
    assert.equal(archOf(first), 'amd64');
    assert.match(
      first.notes.join('\n'),
      /holds 2 images \(tags: app:1, app:2, other:latest\); read the first/,
    );
  });

  test('a path that does not exist, or a directory that is no layout, is an error', async () => {
    const root = tempDir('read-missing');
    const missing = await readImageFromPath(path.join(root, 'nope'), inspections);
    assert.match(missing.errors[0]?.message ?? '', /nope: no such file or directory/);
    const plain = await readImageFromPath(root, inspections);
    assert.match(plain.errors[0]?.message ?? '', /is a directory but not an OCI image layout/);
  });
});
