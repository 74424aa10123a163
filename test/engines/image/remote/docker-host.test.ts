import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDockerHost } from '../../../../src/engines/image/remote/engine/docker-host.js';
import { engineImageName } from '../../../../src/engines/image/remote/engine/engine-image.js';

describe('DOCKER_HOST', () => {
  it('defaults to the system socket', () => {
    assert.deepEqual(parseDockerHost({}), {
      kind: 'unix',
      socketPath: '/var/run/docker.sock',
      display: 'unix:///var/run/docker.sock',
    });
    assert.equal(parseDockerHost({ DOCKER_HOST: '' }).display, 'unix:///var/run/docker.sock');
  });

  it('reads unix sockets and plain TCP', () => {
    assert.deepEqual(parseDockerHost({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }), {
      kind: 'unix',
      socketPath: '/run/user/1000/docker.sock',
      display: 'unix:///run/user/1000/docker.sock',
    });
    assert.deepEqual(parseDockerHost({ DOCKER_HOST: 'tcp://127.0.0.1:2376' }), {
      kind: 'tcp',
      host: '127.0.0.1',
      port: 2376,
      display: 'tcp://127.0.0.1:2376',
    });
    assert.deepEqual(parseDockerHost({ DOCKER_HOST: 'tcp://docker.internal' }), {
      kind: 'tcp',
      host: 'docker.internal',
      port: 2375,
      display: 'tcp://docker.internal',
    });
    assert.equal(parseDockerHost({ DOCKER_HOST: 'tcp://[::1]:2375' }).kind, 'tcp');
  });

  const refused: [Record<string, string>, RegExp][] = [
    [{ DOCKER_HOST: 'ssh://user@host' }, /ssh transport is not supported/],
    [{ DOCKER_HOST: 'npipe:////./pipe/docker_engine' }, /named pipes are not supported/],
    [{ DOCKER_HOST: 'unix://relative.sock' }, /absolute path/],
    [
      { DOCKER_HOST: 'tcp://127.0.0.1:2376', DOCKER_TLS_VERIFY: '1' },
      /TLS to the Docker Engine is not supported/,
    ],
    [{ DOCKER_HOST: 'nonsense' }, /expected unix:\/\/\/path\/docker.sock or tcp:\/\/host:port/],
  ];
  for (const [env, reason] of refused) {
    it(`refuses ${JSON.stringify(env)} with the reason`, () => {
      assert.throws(() => parseDockerHost(env), reason);
    });
  }
});

describe('docker: image names', () => {
  it('accepts names, tags, digests and ids', () => {
    assert.equal(engineImageName('docker:local/debian:12'), 'local/debian:12');
    assert.equal(engineImageName('docker:alpine'), 'alpine');
    assert.equal(engineImageName('docker:0123456789ab'), '0123456789ab');
    assert.equal(engineImageName(`docker:sha256:${'a'.repeat(64)}`), `sha256:${'a'.repeat(64)}`);
  });

  it('refuses anything that could leave the image path', () => {
    for (const name of ['docker:../containers/json', 'docker:a?b', 'docker:a b', 'docker:', 'docker:a//b']) {
      assert.throws(() => engineImageName(name), /invalid Docker image name/);
    }
  });
});
