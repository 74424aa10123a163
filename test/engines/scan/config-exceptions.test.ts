import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../../src/core/index.js';
import type { ConfigException } from '../../../src/engines/config/schema.js';
import { applyConfigExceptions } from '../../../src/engines/scan/suppress.js';

function finding(ruleId: string, file: string, name: string): Finding {
  return {
    ruleId,
    slug: 'slug',
    severity: 'high',
    title: 'title',
    messageId: 'id',
    message: 'message',
    location: { file, startLine: 1, path: 'mode' },
    resource: { kind: 'NodeFile', name },
    references: {},
    status: 'fail',
    fingerprint: `${ruleId}${file}`,
  };
}

const daemonJson = finding('DH087', '/etc/docker/daemon.json', '/etc/docker/daemon.json');
const container = finding('DH030', 'docker:container/builder', 'builder');

describe('.bulwark.yaml exceptions on findings without a scanned file (node, Docker host)', () => {
  it('suppresses by rule, resource and path, and leaves the others failing', () => {
    const exceptions: ConfigException[] = [
      { rule: 'dh087', path: 'etc/docker/*.json', reason: 'managed by the image' },
      { rule: 'DH030', resource: 'Container/builder', reason: 'build agent' },
      { rule: 'DH030', resource: 'other', reason: 'not this one' },
    ];
    const judged = applyConfigExceptions(
      [daemonJson, { ...container, resource: { kind: 'Container', name: 'builder' } }],
      exceptions,
      '2026-06-01',
    );
    assert.deepEqual(
      judged.map((entry) => [entry.ruleId, entry.status, entry.suppression?.reason]),
      [
        ['DH087', 'suppressed', 'managed by the image'],
        ['DH030', 'suppressed', 'build agent'],
      ],
    );
  });

  it('lets an expired exception go with a note, and a path that does not match change nothing', () => {
    const judged = applyConfigExceptions(
      [daemonJson, container],
      [
        { rule: 'DH087', reason: 'until spring', expires: '2026-03-31' },
        { rule: 'DH030', path: 'docker:container/web', reason: 'web only' },
      ],
      '2026-06-01',
    );
    assert.equal(judged[0]?.status, 'fail');
    assert.match(judged[0]?.note ?? '', /expired on 2026-03-31/);
    assert.deepEqual(judged[1], container);
  });
});
