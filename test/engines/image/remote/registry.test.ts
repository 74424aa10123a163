import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readImageFromPath } from '../../../../src/engines/image/read/read-image.js';
import type { ReadImage } from '../../../../src/engines/image/read/read-image.js';
import { RemoteImageError } from '../../../../src/engines/image/remote/errors.js';
import { readImageFromRegistry } from '../../../../src/engines/image/remote/read-remote.js';
import { openRegistrySource } from '../../../../src/engines/image/remote/registry/blob-source.js';
import type { RegistrySourceOptions } from '../../../../src/engines/image/remote/registry/blob-source.js';
import { tempDir } from '../../../support/cli.js';
import {
  debianImage,
  debianMultiPlatformImage,
  debianTools,
  skipUnlessTools,
} from '../../../support/real-images.js';
import type { DebianImage, MultiPlatformImage } from '../../../support/real-images.js';
import { pushImage, startRegistry, tokenRegistryTools } from '../../../support/services.js';
import type { RunningRegistry } from '../../../support/services.js';

const skip = skipUnlessTools([...debianTools, ...tokenRegistryTools]);
const reader = { user: 'reader', password: 'correct horse' };

async function resolve(reference: string, options: RegistrySourceOptions = {}, platform?: string) {
  return (await openRegistrySource(reference, options)).resolveManifest(platform);
}

async function rejectsWith(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof RemoteImageError, `expected a RemoteImageError, got ${String(error)}`);
    assert.match(error.message, pattern);
    return true;
  });
}

function fileView(image: ReadImage): string[] {
  return [...image.view.paths()];
}

describe('registry source against a real Distribution registry', { skip }, () => {
  let debian: DebianImage;
  let multi: MultiPlatformImage;
  let fromLayout: ReadImage;
  let layoutManifestDigest: string;
  const registries: RunningRegistry[] = [];
  let open: RunningRegistry;
  let basic: RunningRegistry;
  let tokens: RunningRegistry;
  let tokensWithLogin: RunningRegistry;

  async function registry(options: Parameters<typeof startRegistry>[0]): Promise<RunningRegistry> {
    const started = await startRegistry(options);
    registries.push(started);
    return started;
  }

  before(async () => {
    debian = await debianImage();
    multi = await debianMultiPlatformImage();
    fromLayout = await readImageFromPath(debian.ociLayout, {}, { tag: debian.tag });
    layoutManifestDigest = fromLayout.summary.manifestDigest ?? '';
    open = await registry({});
    basic = await registry({ htpasswd: reader });
    tokens = await registry({ tokenAuth: true });
    tokensWithLogin = await registry({ tokenAuth: true, htpasswd: reader });
    const image = `${debian.ociLayout}:${debian.tag}`;
    await pushImage(image, open.host, 'bulwark/debian:12');
    await pushImage(`${multi.ociLayout}:${multi.tag}`, open.host, 'bulwark/multi:12');
    await pushImage(image, basic.host, 'bulwark/debian:12', reader);
    await pushImage(image, tokens.host, 'bulwark/debian:12');
    await pushImage(image, tokensWithLogin.host, 'bulwark/debian:12', reader);
  });

  after(async () => {
    for (const started of registries) await started.stop();
  });

  it('reads the pushed image anonymously: the same layers and file view as the OCI layout itself', async () => {
    const fromRegistry = await readImageFromRegistry(`${open.host}/bulwark/debian:12`, {});
    assert.deepEqual(fromRegistry.errors, []);
    assert.equal(fromRegistry.summary.manifestDigest, layoutManifestDigest);
    assert.equal(fromRegistry.summary.configDigest, fromLayout.summary.configDigest);
    assert.deepEqual(fromRegistry.summary.layers, fromLayout.summary.layers);
    const paths = fileView(fromRegistry);
    assert.deepEqual(paths, fileView(fromLayout));
    for (const expected of ['/etc/os-release', '/usr/bin/openssl', '/usr/bin/curl', '/var/lib/dpkg/status']) {
      assert.ok(paths.includes(expected), `${expected} is in the file view`);
    }
  });

  it('reads by digest', async () => {
    const pinned = await resolve(`${open.host}/bulwark/debian@${layoutManifestDigest}`);
    assert.equal(pinned.manifestDigest, layoutManifestDigest);
  });

  it('picks the platform of a pushed multi-platform index', async () => {
    const reference = `${open.host}/bulwark/multi:12`;
    const [amd64, arm64] = multi.platforms;
    const chosenDefault = await resolve(reference);
    assert.equal(chosenDefault.indexDigest, multi.indexDigest);
    assert.equal(chosenDefault.manifestDigest, amd64?.manifestDigest);
    const chosenArm = await resolve(reference, {}, 'linux/arm64');
    assert.equal(chosenArm.manifestDigest, arm64?.manifestDigest);
    assert.equal(chosenArm.platform, 'linux/arm64/v8');
    assert.match(chosenArm.configBytes.toString('utf8'), /bulwark\.test\.platform/);
    await rejectsWith(
      resolve(reference, {}, 'linux/ppc64le'),
      /has no manifest for linux\/ppc64le \(platforms: linux\/amd64, linux\/arm64\/v8\)/,
    );
  });

  it('answers a missing repository or tag with the registry message', async () => {
    await rejectsWith(
      resolve(`${open.host}/nobody/nothing:1`),
      /^manifest 1 of 127\.0\.0\.1:\d+\/nobody\/nothing: not found on 127\.0\.0\.1:\d+ \((NAME|MANIFEST)_UNKNOWN: /,
    );
    await rejectsWith(
      resolve(`${open.host}/bulwark/debian:13`),
      /manifest 13 of .*: not found .*MANIFEST_UNKNOWN/,
    );
    const failed = await readImageFromRegistry(`${open.host}/nobody/nothing:1`, {});
    assert.match(failed.errors[0]?.message ?? '', /nobody\/nothing: not found/);
  });

  it('uses basic credentials, and says clearly when they are wrong or missing', async () => {
    const reference = `${basic.host}/bulwark/debian:12`;
    const credentials = { kind: 'basic', username: reader.user, password: reader.password } as const;
    assert.equal((await resolve(reference, { credentials })).manifestDigest, layoutManifestDigest);
    await rejectsWith(
      resolve(reference, { credentials: { ...credentials, password: 'wrong' } }),
      /refused the credentials of user "reader" \(UNAUTHORIZED: authentication required\)/,
    );
    await rejectsWith(
      resolve(reference),
      /requires authentication; add credentials to the Docker config\.json \(UNAUTHORIZED: authentication required\)$/,
    );
  });

  it('finds the credentials in a config.json under the injected home', async () => {
    const home = tempDir('docker-home');
    mkdirSync(path.join(home, '.docker'));
    const auth = Buffer.from(`${reader.user}:${reader.password}`).toString('base64');
    writeFileSync(
      path.join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { [basic.host]: { auth } } }),
    );
    const image = await readImageFromRegistry(
      `${basic.host}/bulwark/debian:12`,
      {},
      {
        environment: { homeDir: home, env: {} },
      },
    );
    assert.deepEqual(image.errors, []);
    assert.equal(image.summary.manifestDigest, layoutManifestDigest);
  });

  it('follows the bearer token flow, anonymously and with credentials', async () => {
    const anonymous = await resolve(`${tokens.host}/bulwark/debian:12`);
    assert.equal(anonymous.manifestDigest, layoutManifestDigest);
    assert.ok(tokens.tokenRequests() > 0, 'the token server was asked');
    const reference = `${tokensWithLogin.host}/bulwark/debian:12`;
    const credentials = { kind: 'basic', username: reader.user, password: reader.password } as const;
    assert.equal((await resolve(reference, { credentials })).manifestDigest, layoutManifestDigest);
    await rejectsWith(resolve(reference), /requires authentication|refused/);
    await rejectsWith(
      resolve(reference, { credentials: { ...credentials, password: 'nope' } }),
      /the token server refused the credentials of user "reader"/,
    );
  });
});
