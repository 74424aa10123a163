import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RemoteImageError } from '../../../../src/engines/image/remote/errors.js';
import {
  formatImageReference,
  isLoopbackRegistry,
  manifestSelector,
  parseImageReference,
} from '../../../../src/engines/image/remote/registry/reference.js';

const digest = `sha256:${'ab'.repeat(32)}`;

describe('image references follow the distribution grammar and Docker Hub normalisation', () => {
  const cases: [string, ReturnType<typeof parseImageReference>][] = [
    [
      'alpine',
      { registry: 'registry-1.docker.io', domain: 'docker.io', repository: 'library/alpine', tag: 'latest' },
    ],
    [
      'alpine:3.20',
      { registry: 'registry-1.docker.io', domain: 'docker.io', repository: 'library/alpine', tag: '3.20' },
    ],
    [
      'bitnami/redis:7',
      { registry: 'registry-1.docker.io', domain: 'docker.io', repository: 'bitnami/redis', tag: '7' },
    ],
    [
      'docker.io/alpine',
      { registry: 'registry-1.docker.io', domain: 'docker.io', repository: 'library/alpine', tag: 'latest' },
    ],
    [
      'index.docker.io/library/alpine:edge',
      { registry: 'registry-1.docker.io', domain: 'docker.io', repository: 'library/alpine', tag: 'edge' },
    ],
    [
      'ghcr.io/org/team/app:v1.2.3-rc_1',
      { registry: 'ghcr.io', domain: 'ghcr.io', repository: 'org/team/app', tag: 'v1.2.3-rc_1' },
    ],
    [
      '127.0.0.1:5000/test/debian:12',
      { registry: '127.0.0.1:5000', domain: '127.0.0.1:5000', repository: 'test/debian', tag: '12' },
    ],
    ['localhost/app', { registry: 'localhost', domain: 'localhost', repository: 'app', tag: 'latest' }],
    ['Registry/app', { registry: 'Registry', domain: 'Registry', repository: 'app', tag: 'latest' }],
    [
      'localhost:5000/app',
      { registry: 'localhost:5000', domain: 'localhost:5000', repository: 'app', tag: 'latest' },
    ],
    [
      `127.0.0.1:5000/app@${digest}`,
      { registry: '127.0.0.1:5000', domain: '127.0.0.1:5000', repository: 'app', digest },
    ],
    [
      `quay.io/a/b:1@${digest}`,
      { registry: 'quay.io', domain: 'quay.io', repository: 'a/b', tag: '1', digest },
    ],
    ['[::1]:5000/app:1', { registry: '[::1]:5000', domain: '[::1]:5000', repository: 'app', tag: '1' }],
    [
      'a__b/c.d-e---f:1',
      { registry: 'registry-1.docker.io', domain: 'docker.io', repository: 'a__b/c.d-e---f', tag: '1' },
    ],
  ];
  for (const [text, expected] of cases) {
    it(`parses ${text}`, () => {
      assert.deepEqual(parseImageReference(text), expected);
    });
  }

  const invalid: [string, RegExp][] = [
    ['', /empty/],
    ['App', /"App" is not a valid repository path component/],
    ['host.io/Org/app', /"Org" is not a valid repository path component/],
    ['app:', /"" is not a valid tag/],
    ['app:-x', /"-x" is not a valid tag/],
    ['app@sha256:abc', /"sha256:abc" is not a digest/],
    [`app@sha256:${'AB'.repeat(32)}`, /64 lower-case hexadecimal/],
    [`app@md5:${'ab'.repeat(16)}`, /algorithm "md5" is not supported/],
    ['a//b', /empty path component/],
    ['a_/b', /"a_" is not a valid repository path component/],
    [`${'a'.repeat(256)}:1`, /longer than 255/],
    ['-bad.io/app', /"-bad.io" is not a valid registry host/],
  ];
  for (const [text, reason] of invalid) {
    it(`rejects "${text.slice(0, 40)}" with the reason`, () => {
      assert.throws(
        () => parseImageReference(text),
        (error: unknown) => error instanceof RemoteImageError && reason.test(error.message),
      );
    });
  }

  it('formats references canonically and asks for the digest when one is pinned', () => {
    assert.equal(formatImageReference(parseImageReference('alpine')), 'docker.io/library/alpine:latest');
    const pinned = parseImageReference(`quay.io/a/b:1@${digest}`);
    assert.equal(formatImageReference(pinned), `quay.io/a/b:1@${digest}`);
    assert.equal(manifestSelector(pinned), digest);
    assert.equal(manifestSelector(parseImageReference('quay.io/a/b:1')), '1');
  });

  it('speaks plain HTTP only to loopback registries', () => {
    assert.equal(isLoopbackRegistry('127.0.0.1:5000'), true);
    assert.equal(isLoopbackRegistry('127.8.9.1'), true);
    assert.equal(isLoopbackRegistry('localhost:5000'), true);
    assert.equal(isLoopbackRegistry('[::1]:5000'), true);
    assert.equal(isLoopbackRegistry('registry-1.docker.io'), false);
    assert.equal(isLoopbackRegistry('localhost.example.com'), false);
    assert.equal(isLoopbackRegistry('128.0.0.1'), false);
  });
});
