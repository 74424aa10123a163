import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { chooseArchiveImage } from '../../../../src/sources/image/docker-archive.js';
import { canonicalImageName } from '../../../../src/sources/image/image-name.js';
import { formatPlatform, parsePlatform } from '../../../../src/sources/image/platform.js';
import type { ManifestLoader } from '../../../../src/sources/image/resolve-manifest.js';
import {
  chooseImageManifest,
  classifyManifestDocument,
} from '../../../../src/sources/image/resolve-manifest.js';
import type { Descriptor, ImageIndex } from '../../../../src/sources/image/schema.js';

const indexType = 'application/vnd.oci.image.index.v1+json';
const manifestType = 'application/vnd.oci.image.manifest.v1+json';

function digestOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** A loader over named documents; it does not check digests, so loops can be built. */
function fakeLoader(documents: Record<string, unknown>): ManifestLoader & { loaded: string[] } {
  const loaded: string[] = [];
  return {
    loaded,
    async load(descriptor: Descriptor) {
      loaded.push(descriptor.digest);
      const document = documents[descriptor.digest];
      if (document === undefined) throw new Error(`no blob ${descriptor.digest}`);
      return Buffer.from(JSON.stringify(document));
    },
  };
}

function manifestDocument(name: string): unknown {
  return {
    schemaVersion: 2,
    mediaType: manifestType,
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: digestOf(`${name}-config`),
      size: 2,
    },
    layers: [],
  };
}

function entry(name: string, platform?: string, annotations?: Record<string, string>): Descriptor {
  const [os = '', architecture = '', variant] = platform?.split('/') ?? [];
  return {
    mediaType: manifestType,
    digest: digestOf(name),
    size: 1,
    ...(platform === undefined ? {} : { platform: { os, architecture, ...(variant ? { variant } : {}) } }),
    ...(annotations === undefined ? {} : { annotations }),
  };
}

function index(...manifests: Descriptor[]): ImageIndex {
  return { schemaVersion: 2, mediaType: indexType, manifests };
}

const documents = {
  [digestOf('amd64')]: manifestDocument('amd64'),
  [digestOf('arm64')]: manifestDocument('arm64'),
  [digestOf('armv7')]: manifestDocument('armv7'),
  [digestOf('attestation')]: manifestDocument('attestation'),
};

const multiPlatform = index(
  entry('arm64', 'linux/arm64/v8'),
  entry('armv7', 'linux/arm/v7'),
  entry('amd64', 'linux/amd64'),
  entry('attestation', 'unknown/unknown', { 'vnd.docker.reference.type': 'attestation-manifest' }),
);

describe('chooseImageManifest', () => {
  test('without a platform, linux/amd64 is read and a note lists the others', async () => {
    const chosen = await chooseImageManifest(multiPlatform, fakeLoader(documents), {}, 8);
    assert.equal(chosen.descriptor.digest, digestOf('amd64'));
    assert.equal(chosen.platform, 'linux/amd64');
    assert.deepEqual(chosen.notes, [
      'the image index offers 3 platforms (linux/arm64/v8, linux/arm/v7, linux/amd64); read linux/amd64; ' +
        'choose another with --platform',
    ]);
  });

  test('a platform picks its manifest; arm64 without a variant is arm64/v8', async () => {
    for (const platform of ['linux/arm64/v8', 'linux/arm64', 'linux/aarch64']) {
      const chosen = await chooseImageManifest(multiPlatform, fakeLoader(documents), { platform }, 8);
      assert.equal(chosen.descriptor.digest, digestOf('arm64'), platform);
      assert.deepEqual(chosen.notes, []);
    }
    const arm = await chooseImageManifest(multiPlatform, fakeLoader(documents), { platform: 'linux/arm' }, 8);
    assert.equal(arm.descriptor.digest, digestOf('armv7'));
  });

  test('a platform the index lacks is an error listing what it has', async () => {
    await assert.rejects(
      chooseImageManifest(multiPlatform, fakeLoader(documents), { platform: 'linux/s390x' }, 8),
      /the image index has no manifest for linux\/s390x \(platforms: linux\/arm64\/v8, linux\/arm\/v7, linux\/amd64\)/,
    );
    await assert.rejects(
      chooseImageManifest(multiPlatform, fakeLoader(documents), { platform: 'linux' }, 8),
      /is not of the form os\/architecture/,
    );
  });

  test('nested indexes are followed by platform', async () => {
    const inner = index(entry('arm64', 'linux/arm64/v8'), entry('amd64', 'linux/amd64'));
    const innerDigest = digestOf('inner');
    const outer = index({ mediaType: indexType, digest: innerDigest, size: 1 });
    const loader = fakeLoader({ ...documents, [innerDigest]: inner });
    const chosen = await chooseImageManifest(outer, loader, { platform: 'linux/arm64' }, 8);
    assert.equal(chosen.descriptor.digest, digestOf('arm64'));
    assert.deepEqual(loader.loaded, [innerDigest, digestOf('arm64')]);
  });

  test('an index that leads back to itself is an error, not a hang', async () => {
    const a = digestOf('a');
    const b = digestOf('b');
    const loader = fakeLoader({
      [a]: index({ mediaType: indexType, digest: b, size: 1 }),
      [b]: index({ mediaType: indexType, digest: a, size: 1 }),
    });
    await assert.rejects(
      chooseImageManifest(index({ mediaType: indexType, digest: a, size: 1 }), loader, {}, 8),
      new RegExp(`manifest ${a} refers back to itself through the image index \\(a loop\\)`),
    );
  });

  test('indexes nested deeper than the limit stop', async () => {
    const chain: Record<string, unknown> = {};
    for (let level = 0; level < 5; level += 1) {
      chain[digestOf(`level${level}`)] = index({
        mediaType: indexType,
        digest: digestOf(`level${level + 1}`),
        size: 1,
      });
    }
    await assert.rejects(
      chooseImageManifest(
        index({ mediaType: indexType, digest: digestOf('level0'), size: 1 }),
        fakeLoader(chain),
        {},
        3,
      ),
      /image indexes nest deeper than 3 levels/,
    );
  });

  test('a tag picks by ref name or image name annotation', async () => {
    const tagged = index(
      entry('amd64', undefined, { 'org.opencontainers.image.ref.name': 'v1' }),
      entry('arm64', undefined, { 'io.containerd.image.name': 'docker.io/library/app:v2' }),
    );
    const v1 = await chooseImageManifest(tagged, fakeLoader(documents), { tag: 'v1' }, 8);
    assert.equal(v1.descriptor.digest, digestOf('amd64'));
    const v2 = await chooseImageManifest(tagged, fakeLoader(documents), { tag: 'app:v2' }, 8);
    assert.equal(v2.descriptor.digest, digestOf('arm64'));
    await assert.rejects(
      chooseImageManifest(tagged, fakeLoader(documents), { tag: 'v3' }, 8),
      /the image index has no image tagged "v3" \(tags: docker\.io\/library\/app:v2, v1\)/,
    );
    const first = await chooseImageManifest(tagged, fakeLoader(documents), {}, 8);
    assert.equal(first.descriptor.digest, digestOf('amd64'));
    assert.match(
      first.notes.join(''),
      /lists 2 images \(tags: docker\.io\/library\/app:v2, v1\); read the first/,
    );
  });

  test('documents are told apart by content', () => {
    assert.equal(classifyManifestDocument(Buffer.from(JSON.stringify(multiPlatform)), 'x').kind, 'index');
    assert.equal(
      classifyManifestDocument(Buffer.from(JSON.stringify(manifestDocument('m'))), 'x').kind,
      'manifest',
    );
    const v1 = classifyManifestDocument(Buffer.from('{"schemaVersion":1,"fsLayers":[]}'), 'manifest m');
    assert.deepEqual(v1, {
      kind: 'invalid',
      message: 'manifest m is a Docker schema 1 manifest, which Bulwark does not read',
    });
    assert.equal(classifyManifestDocument(Buffer.from('{'), 'x').kind, 'invalid');
  });
});

describe('names and platforms', () => {
  test('image names compare in canonical form', () => {
    assert.equal(canonicalImageName('alpine'), 'docker.io/library/alpine:latest');
    assert.equal(canonicalImageName('me/app:1'), 'docker.io/me/app:1');
    assert.equal(canonicalImageName('localhost:5000/app'), 'localhost:5000/app:latest');
    assert.equal(canonicalImageName('ghcr.io/o/app@sha256:ab'), 'ghcr.io/o/app@sha256:ab');
  });

  test('platforms parse and print in canonical form', () => {
    assert.equal(
      formatPlatform(parsePlatform('linux/arm64') ?? { os: '', architecture: '' }),
      'linux/arm64/v8',
    );
    assert.equal(
      formatPlatform(parsePlatform('Linux/x86_64') ?? { os: '', architecture: '' }),
      'linux/amd64',
    );
    assert.equal(parsePlatform('linux/amd64/v2/x'), undefined);
  });

  test('docker archive images are chosen by RepoTags', () => {
    const manifest = [
      { Config: 'a.json', RepoTags: ['app:1'], Layers: [] },
      { Config: 'b.json', RepoTags: ['docker.io/library/app:2'], Layers: [] },
    ];
    assert.equal(chooseArchiveImage(manifest, 'app:2').image.Config, 'b.json');
    assert.equal(chooseArchiveImage(manifest, undefined).image.Config, 'a.json');
    assert.match(chooseArchiveImage(manifest, undefined).notes.join(''), /holds 2 images/);
    assert.throws(() => chooseArchiveImage(manifest, 'app:3'), /no image tagged "app:3"/);
  });
});
