import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RemoteImageError } from '../../../../src/engines/image/remote/errors.js';
import { readImageFromRegistry } from '../../../../src/engines/image/remote/read-remote.js';
import { openRegistrySource } from '../../../../src/engines/image/remote/registry/blob-source.js';
import type { RegistrySourceOptions } from '../../../../src/engines/image/remote/registry/blob-source.js';
import { collectStream } from '../../../../src/engines/image/remote/verify.js';
import { tempDir } from '../../../support/cli.js';
import { startFakeRegistry } from './fake-registry.js';
import type { FakeRegistry, FakeRegistryOptions } from './fake-registry.js';
import { writeTinyLayout } from './tiny-layout.js';
import type { TinyImage } from './tiny-layout.js';

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function blobFile(image: TinyImage, digest: string): Buffer {
  return readFileSync(path.join(image.layout, 'blobs', 'sha256', digest.slice('sha256:'.length)));
}

async function rejectsWith(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof RemoteImageError, `expected a RemoteImageError, got ${String(error)}`);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('registry blob source against a fake v2 registry serving an OCI layout', () => {
  let image: TinyImage;
  const registries: FakeRegistry[] = [];

  before(async () => {
    image = await writeTinyLayout(tempDir('tiny-layout'));
  });
  after(async () => {
    for (const registry of registries) await registry.stop();
  });

  async function serve(options: FakeRegistryOptions = {}): Promise<FakeRegistry> {
    const registry = await startFakeRegistry(image.layout, options);
    registries.push(registry);
    return registry;
  }

  async function open(reference: string, options: RegistrySourceOptions = {}) {
    return openRegistrySource(reference, options);
  }

  it('resolves a tag, verifies the manifest and config, and streams every layer verified', async () => {
    const registry = await serve();
    const source = await open(`${registry.host}/team/app:1`);
    const resolved = await source.resolveManifest();
    assert.equal(resolved.manifestDigest, image.manifestDigest);
    assert.equal(sha256(resolved.configBytes), image.configDigest);
    assert.equal(resolved.platform, 'linux/amd64');
    assert.equal(resolved.indexDigest, undefined);
    assert.deepEqual(
      resolved.manifest.layers.map((layer) => layer.digest),
      image.layerDigests,
    );
    for (const layer of resolved.manifest.layers) {
      const bytes = await collectStream(await source.openBlob(layer), 1 << 20, layer.digest);
      assert.deepEqual(bytes, blobFile(image, layer.digest));
    }
    assert.deepEqual(source.notes, []);
  });

  it('reads a digest reference and refuses a registry that serves other bytes for it', async () => {
    const registry = await serve();
    const pinned = await (await open(`${registry.host}/team/app@${image.manifestDigest}`)).resolveManifest();
    assert.equal(pinned.manifestDigest, image.manifestDigest);
    const wrong = `sha256:${'0'.repeat(64)}`;
    await rejectsWith((await open(`${registry.host}/team/app@${wrong}`)).resolveManifest(), /not found/);
    const liar = await serve({ announcedDigest: wrong });
    await rejectsWith(
      (await open(`${liar.host}/team/app:1`)).resolveManifest(),
      new RegExp(`the registry announces ${wrong}, but the bytes hash to ${image.manifestDigest}`),
    );
  });

  it('picks the platform from an index and lists what exists when none matches', async () => {
    const registry = await serve();
    const reference = `${registry.host}/team/app:multi`;
    const amd64 = await (await open(reference)).resolveManifest();
    assert.equal(amd64.manifestDigest, image.manifestDigest);
    assert.equal(amd64.indexDigest, image.indexDigest);
    assert.match(
      amd64.notes.join('\n'),
      /offers 2 platforms \(linux\/amd64, linux\/arm64\/v8\); read linux\/amd64/,
    );
    const arm64 = await (await open(reference)).resolveManifest('linux/arm64');
    assert.equal(arm64.manifestDigest, image.arm64ManifestDigest);
    assert.equal(arm64.platform, 'linux/arm64/v8');
    assert.match(arm64.configBytes.toString('utf8'), /"architecture":"arm64"/);
    await rejectsWith(
      (await open(reference)).resolveManifest('linux/s390x'),
      /^image index multi of .* has no manifest for linux\/s390x \(platforms: linux\/amd64, linux\/arm64\/v8\)$/,
    );
    await rejectsWith(
      (await open(reference)).resolveManifest('amd64'),
      /platform "amd64" is not of the form os\/architecture/,
    );
  });

  it('notes a single-platform image that is not the platform asked for', async () => {
    const registry = await serve();
    const source = await open(`${registry.host}/team/app:1`);
    await source.resolveManifest('linux/arm64');
    assert.match(
      source.notes[0] ?? '',
      /single-platform image for linux\/amd64, not the requested linux\/arm64\/v8/,
    );
  });

  it('fails a tampered layer with an error naming the layer', async () => {
    const tampered = image.layerDigests[1] ?? '';
    const registry = await serve({ tamperBlobs: [tampered] });
    const source = await open(`${registry.host}/team/app:1`);
    const resolved = await source.resolveManifest();
    const layer = resolved.manifest.layers[1];
    assert.ok(layer !== undefined);
    await rejectsWith(
      collectStream(await source.openBlob(layer), 1 << 20, 'layer'),
      new RegExp(`^layer ${tampered} of ${registry.host}/team/app: content does not match its digest`),
    );
  });

  it('reports the tampered layer as an error of the image read, naming the layer', async () => {
    const tampered = image.layerDigests[0] ?? '';
    const registry = await serve({ tamperBlobs: [tampered] });
    const read = await readImageFromRegistry(`${registry.host}/team/app:1`, {});
    assert.equal(read.summary.manifestDigest, image.manifestDigest);
    const messages = read.errors.map((error) => error.message).join('\n');
    assert.match(
      messages,
      new RegExp(`layer ${tampered} of ${registry.host}/team/app: content does not match its digest`),
    );
  });

  it('times out a stalled blob instead of hanging', async () => {
    const registry = await serve({ stallBlobs: true });
    const source = await open(`${registry.host}/team/app:1`, { timeouts: { idleMs: 300 } });
    await rejectsWith(source.resolveManifest(), /^config sha256:[a-f0-9]{64} of .*: no data for 0\.3 s$/);
  });

  it('names the repository, tag and registry message for 404s', async () => {
    const registry = await serve();
    await rejectsWith(
      (await open(`${registry.host}/missing/repo:1`)).resolveManifest(),
      new RegExp(
        `^manifest 1 of ${registry.host}/missing/repo: not found on ${registry.host} \\(NAME_UNKNOWN: repository name not known to registry\\)$`,
      ),
    );
    await rejectsWith(
      (await open(`${registry.host}/team/app:nope`)).resolveManifest(),
      /manifest nope of .*: not found on .* \(MANIFEST_UNKNOWN: manifest unknown\)/,
    );
    const source = await open(`${registry.host}/team/app:1`);
    await rejectsWith(
      source.openBlob({
        digest: `sha256:${'1'.repeat(64)}`,
        size: 1,
        mediaType: 'application/vnd.oci.image.layer.v1.tar',
      }),
      /^layer sha256:1{64} of .*: not found .*BLOB_UNKNOWN/,
    );
  });

  it('refuses Docker schema 1 manifests with the reason', async () => {
    const registry = await serve({ schema1: true });
    await rejectsWith(
      (await open(`${registry.host}/team/app:1`)).resolveManifest(),
      /^manifest 1 of .* is a Docker schema 1 manifest, which Bulwark does not read$/,
    );
  });

  it('gets a bearer token with basic credentials, and says when the token server refuses them', async () => {
    const bearer = { token: 'opaque-token', user: 'reader', password: 'right' };
    const registry = await serve({ bearer });
    const credentials = { kind: 'basic', username: 'reader', password: 'right' } as const;
    const resolved = await (await open(`${registry.host}/team/app:1`, { credentials })).resolveManifest();
    assert.equal(resolved.manifestDigest, image.manifestDigest);
    assert.ok(registry.requests.includes('/token'));
    await rejectsWith(
      (
        await open(`${registry.host}/team/app:1`, { credentials: { ...credentials, password: 'wrong' } })
      ).resolveManifest(),
      /token from http:\/\/127\.0\.0\.1:\d+\/token: the token server refused the credentials of user "reader" \(UNAUTHORIZED: bad credentials\)/,
    );
  });

  it('exchanges an identity token from config.json at the token server', async () => {
    const bearer = { token: 'from-refresh', user: 'x', password: 'y', refreshToken: 'refresh-123' };
    const registry = await serve({ bearer });
    const home = tempDir('identity-token');
    mkdirSync(path.join(home, '.docker'));
    writeFileSync(
      path.join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { [registry.host]: { identitytoken: 'refresh-123' } } }),
    );
    const source = await open(`${registry.host}/team/app:1`, { environment: { homeDir: home, env: {} } });
    assert.equal((await source.resolveManifest()).manifestDigest, image.manifestDigest);
  });

  it('carries the note about a credential helper it cannot run into the image read', async () => {
    const registry = await serve();
    const home = tempDir('creds-store');
    mkdirSync(path.join(home, '.docker'));
    writeFileSync(path.join(home, '.docker', 'config.json'), JSON.stringify({ credsStore: 'secretservice' }));
    const read = await readImageFromRegistry(
      `${registry.host}/team/app:1`,
      {},
      {
        environment: { homeDir: home, env: {} },
      },
    );
    assert.deepEqual(read.errors, []);
    assert.match(read.notes.join('\n'), /docker-credential-secretservice", which Bulwark does not run/);
  });

  it('reports a registry that is not there as a network error, without a stack trace', async () => {
    const registry = await serve();
    const host = registry.host;
    await registry.stop();
    registries.splice(registries.indexOf(registry), 1);
    await rejectsWith(
      (await open(`${host}/team/app:1`)).resolveManifest(),
      /^manifest 1 of .*: ECONNREFUSED/,
    );
  });
});
