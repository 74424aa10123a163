import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAccessQuery } from '../../../src/engines/rbac/resource-argument.js';

describe('who-can arguments', () => {
  it('reads resources as kubectl writes them, with the group of built-in resources', () => {
    assert.deepEqual(parseAccessQuery('get', 'pods', undefined), {
      query: { type: 'resource', request: { verb: 'get', resource: 'pods', group: '' } },
    });
    assert.deepEqual(parseAccessQuery('create', 'pods/exec', 'shop'), {
      query: {
        type: 'resource',
        request: { verb: 'create', resource: 'pods', group: '', subresource: 'exec' },
        namespace: 'shop',
      },
    });
    assert.deepEqual(parseAccessQuery('update', 'deployments.apps/scale', undefined), {
      query: {
        type: 'resource',
        request: { verb: 'update', resource: 'deployments', group: 'apps', subresource: 'scale' },
      },
    });
    assert.deepEqual(parseAccessQuery('list', 'widgets', undefined), {
      query: { type: 'resource', request: { verb: 'list', resource: 'widgets' } },
    });
    assert.deepEqual(parseAccessQuery('get', '/metrics', undefined), {
      query: { type: 'path', verb: 'get', path: '/metrics' },
    });
  });

  it('refuses what it cannot read', () => {
    assert.ok('error' in parseAccessQuery('get', 'pods/exec/extra', undefined));
    assert.ok('error' in parseAccessQuery('get', '/metrics', 'shop'));
    assert.ok('error' in parseAccessQuery(' ', 'pods', undefined));
  });
});
