import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capabilityRisk, normalizeCapability } from '../../../src/rules/shared/capabilities.js';

describe('capabilities', () => {
  it('reads SYS_ADMIN, sys_admin and CAP_SYS_ADMIN alike', () => {
    for (const name of ['SYS_ADMIN', 'sys_admin', 'CAP_SYS_ADMIN', ' cap_sys_admin ']) {
      assert.equal(normalizeCapability(name), 'SYS_ADMIN', name);
      assert.equal(capabilityRisk(name), 'critical', name);
    }
  });

  it('grades escape-enabling capabilities and ignores harmless ones', () => {
    assert.equal(capabilityRisk('all'), 'critical');
    assert.equal(capabilityRisk('NET_RAW'), 'high');
    assert.equal(capabilityRisk('cap_sys_ptrace'), 'high');
    for (const name of ['NET_BIND_SERVICE', 'CHOWN', 'KILL', 'CAPSYS_ADMIN'])
      assert.equal(capabilityRisk(name), undefined, name);
  });
});
