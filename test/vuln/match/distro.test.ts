import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distroScope } from '../../../src/vuln/index.js';

describe('release-scoped distro ecosystems', () => {
  it('builds Debian, Ubuntu (LTS or not), Alpine (major.minor) and Red Hat scopes', () => {
    const scopes = [
      distroScope({ id: 'debian', versionId: '12' }, 'deb'),
      distroScope({ id: 'ubuntu', versionId: '22.04' }, 'deb'),
      distroScope({ id: 'ubuntu', versionId: '23.10' }, 'deb'),
      distroScope({ id: 'ubuntu', versionId: '21.04' }, 'deb'),
      distroScope({ id: 'alpine', versionId: '3.19.1' }, 'apk'),
      distroScope({ id: 'rhel', versionId: '9.4' }, 'rpm'),
    ].map((scope) => (scope.ok ? scope.scope : scope.reason));
    assert.deepEqual(scopes, [
      'Debian:12',
      'Ubuntu:22.04:LTS',
      'Ubuntu:23.10',
      'Ubuntu:21.04',
      'Alpine:v3.19',
      'Red Hat:enterprise_linux:9',
    ]);
    const mismatch = distroScope(
      { id: 'alpine', versionId: '3.19.1', prettyName: 'Alpine Linux v3.19' },
      'deb',
    );
    assert.deepEqual(mismatch, {
      ok: false,
      reason: 'deb packages on Alpine Linux v3.19 have no vulnerability source',
    });
  });
});
