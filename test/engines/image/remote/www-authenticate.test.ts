import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWwwAuthenticate } from '../../../../src/engines/image/remote/registry/www-authenticate.js';

describe('WWW-Authenticate challenges', () => {
  it('reads a Bearer challenge whose scope holds commas', () => {
    assert.deepEqual(
      parseWwwAuthenticate(
        'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:org/app:pull,push"',
      ),
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.example.com/token',
            service: 'registry.example.com',
            scope: 'repository:org/app:pull,push',
          },
        },
      ],
    );
  });

  it('reads Basic, unquoted values, escapes, spaces and several challenges', () => {
    assert.deepEqual(parseWwwAuthenticate('Basic realm="Registry \\"Realm\\""'), [
      { scheme: 'basic', params: { realm: 'Registry "Realm"' } },
    ]);
    assert.deepEqual(parseWwwAuthenticate('Basic realm=x, Bearer realm="https://a/token" , service=svc'), [
      { scheme: 'basic', params: { realm: 'x' } },
      { scheme: 'bearer', params: { realm: 'https://a/token', service: 'svc' } },
    ]);
  });

  it('gives nothing for an empty header', () => {
    assert.deepEqual(parseWwwAuthenticate(''), []);
  });
});
