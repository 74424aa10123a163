import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readImageFromArchiveStream } from '../../../../src/engines/image/read/read-image.js';
import type { ReadImage } from '../../../../src/engines/image/read/read-image.js';
import { openEngineImage } from '../../../../src/engines/image/remote/engine/engine-image.js';
import { readImageFromEngine } from '../../../../src/engines/image/remote/read-remote.js';
import { collectStream } from '../../../../src/engines/image/remote/verify.js';
import { tempDir } from '../../../support/cli.js';
import { debianImage, debianTools, skipUnlessTools } from '../../../support/real-images.js';
import type { DebianImage } from '../../../support/real-images.js';
import { dockerdTools, importRootfs, startDockerd } from '../../../support/services.js';
import type { RunningDockerd } from '../../../support/services.js';

const skip = skipUnlessTools([...debianTools, ...dockerdTools]);

function fileView(image: ReadImage): string[] {
  return [...image.view.paths()];
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}

describe('Docker Engine source against a private dockerd', { skip }, () => {
  let dockerd: RunningDockerd;
  let debian: DebianImage;
  let env: Record<string, string>;

  before(async () => {
    debian = await debianImage();
    dockerd = await startDockerd();
    env = { DOCKER_HOST: dockerd.host };
  });

  after(async () => {
    await dockerd?.stop();
  });

  it('reads docker:local/debian:12 exactly as the docker archive of the same image', async () => {
    const fromEngine = await readImageFromEngine('docker:local/debian:12', {}, { env });
    const fromArchive = await readImageFromArchiveStream(
      createReadStream(debian.dockerArchive),
      'archive',
      {},
    );
    assert.deepEqual(fromEngine.errors, []);
    assert.equal(fromEngine.summary.reference, 'docker:local/debian:12');
    assert.equal(fromEngine.summary.configDigest, fromArchive.summary.configDigest);
    assert.deepEqual(fromEngine.summary.layers, fromArchive.summary.layers);
    const paths = fileView(fromEngine);
    assert.deepEqual(paths, fileView(fromArchive));
    assert.ok(paths.includes('/usr/bin/openssl'));
  });

  it('reads an imported root file system, and finds images by id', async () => {
    await importRootfs(dockerd.socketPath, debian.rootfsTar, 'local/imported', '1');
    const imported = await readImageFromEngine('docker:local/imported:1', {}, { env });
    assert.deepEqual(imported.errors, []);
    assert.deepEqual(
      imported.summary.layers.map((layer) => layer.digest),
      [await sha256File(debian.rootfsTar)],
    );
    const opened = await openEngineImage('docker:local/imported:1', { env });
    opened.archive.destroy();
    assert.deepEqual(opened.repoTags, ['local/imported:1']);
    assert.equal(opened.platform, 'linux/amd64');
    const byId = await readImageFromEngine(
      `docker:${opened.id.slice('sha256:'.length, 'sha256:'.length + 12)}`,
      {},
      { env },
    );
    assert.deepEqual(byId.errors, []);
    assert.deepEqual(fileView(byId), fileView(imported));
  });

  it('says which image is missing, and where it looked', async () => {
    const missing = await readImageFromEngine('docker:local/missing:1', {}, { env });
    assert.equal(missing.errors.length, 1);
    assert.match(
      missing.errors[0]?.message ?? '',
      /^image "local\/missing:1" is not in the Docker Engine at unix:\/\/.*docker\.sock \(.*No such image/,
    );
    assert.deepEqual(missing.summary.layers, []);
  });
});

describe('Docker Engine source without an engine', () => {
  it('says the socket does not exist', async () => {
    const socket = path.join(tempDir('no-engine'), 'docker.sock');
    const result = await readImageFromEngine(
      'docker:alpine',
      {},
      { env: { DOCKER_HOST: `unix://${socket}` } },
    );
    assert.match(
      result.errors[0]?.message ?? '',
      /^cannot reach the Docker Engine at unix:\/\/.*docker\.sock: the socket does not exist \(is dockerd running\?/,
    );
  });

  it('says the connection is refused on a TCP port nobody listens on', async () => {
    const result = await readImageFromEngine(
      'docker:alpine',
      {},
      { env: { DOCKER_HOST: 'tcp://127.0.0.1:1' } },
    );
    assert.match(
      result.errors[0]?.message ?? '',
      /^cannot reach the Docker Engine at tcp:\/\/127\.0\.0\.1:1: connection refused/,
    );
  });

  it('refuses a DOCKER_HOST it cannot use and an invalid name, as errors of the read', async () => {
    const ssh = await readImageFromEngine('docker:alpine', {}, { env: { DOCKER_HOST: 'ssh://me@host' } });
    assert.match(ssh.errors[0]?.message ?? '', /ssh transport is not supported/);
    const name = await readImageFromEngine('docker:../secrets', {}, { env: {} });
    assert.match(name.errors[0]?.message ?? '', /invalid Docker image name/);
  });
});

describe('Docker Engine source against a fake engine on a unix socket', () => {
  let server: Server;
  let socket: string;

  before(async () => {
    socket = path.join(tempDir('fake-engine'), 'engine.sock');
    server = createServer((incoming, response) => {
      if (incoming.url === '/_ping') {
        response.end('OK');
      } else if (incoming.url === '/v1.41/images/stalls:1/json') {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ Id: `sha256:${'c'.repeat(64)}`, RepoTags: ['stalls:1'], Os: 'linux' }));
      } else if (incoming.url === '/v1.41/images/stalls:1/get') {
        response.writeHead(200, { 'content-type': 'application/x-tar' });
        response.write(Buffer.alloc(512));
      } else {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'engine is unwell' }));
      }
    });
    await new Promise<void>((resolve) => server.listen(socket, resolve));
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('times out an export that stalls, naming the image and engine', async () => {
    const opened = await openEngineImage('docker:stalls:1', {
      env: { DOCKER_HOST: `unix://${socket}` },
      timeouts: { idleMs: 300 },
    });
    assert.equal(opened.platform, undefined);
    await assert.rejects(
      collectStream(opened.archive, 1 << 20, 'archive'),
      /^RemoteImageError: image "stalls:1" from the Docker Engine at unix:\/\/.*engine\.sock: no data for 0\.3 s$/,
    );
  });

  it("passes the engine's own error message on", async () => {
    const result = await readImageFromEngine(
      'docker:other:1',
      {},
      { env: { DOCKER_HOST: `unix://${socket}` } },
    );
    assert.match(result.errors[0]?.message ?? '', /inspecting it answered HTTP 500 \(engine is unwell\)$/);
  });
});
