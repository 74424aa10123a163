import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daemonJsonPaths, kubeletConfigPaths } from '../../../src/sources/node/config-files.js';
import { excessBits, formatMode } from '../../../src/sources/node/file-modes.js';
import { groupIds, lsmList, secureBootEnabled } from '../../../src/sources/node/kernel-files.js';
import { unitFlags } from '../../../src/sources/node/unit-flags.js';

describe('node file parsers', () => {
  it('reads daemon flags from Environment and ExecStart lines, last one winning, comments skipped', () => {
    const text = [
      '# --config=/commented/out.yaml',
      'Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"',
      "Environment='KUBELET_EXTRA_ARGS=--kubeconfig /etc/kubelet/kc --node-ip=10.0.0.5'",
      'ExecStart=/usr/bin/kubelet --rotate-certificates --config="/etc/kubelet/final.yaml" --v 2',
    ].join('\n');
    assert.deepEqual(Object.fromEntries(unitFlags(text)), {
      config: '/etc/kubelet/final.yaml',
      kubeconfig: '/etc/kubelet/kc',
      'node-ip': '10.0.0.5',
      v: '2',
    });
  });

  it('takes paths from the kubelet config and daemon.json, and nothing from bad input', () => {
    assert.deepEqual(
      kubeletConfigPaths('authentication:\n  x509:\n    clientCAFile: /ca.crt\nstaticPodPath: /m\n'),
      {
        clientCAFile: '/ca.crt',
        staticPodPath: '/m',
      },
    );
    assert.deepEqual(kubeletConfigPaths('authentication: [unclosed'), {});
    assert.deepEqual(kubeletConfigPaths('authentication: 3'), {});
    assert.deepEqual(daemonJsonPaths('{"tlscacert": "/ca.pem", "data-root": "/srv/docker"}'), {
      tlscacert: '/ca.pem',
      dataRoot: '/srv/docker',
    });
    assert.deepEqual(daemonJsonPaths('{"tlscacert": 5}'), {});
    assert.deepEqual(daemonJsonPaths('not json'), {});
  });

  it('compares modes bit by bit, special bits included', () => {
    assert.equal(excessBits(0o644, 0o644), 0);
    assert.equal(excessBits(0o400, 0o600), 0);
    assert.equal(excessBits(0o4600, 0o600), 0o4000);
    assert.equal(excessBits(0o640, 0o604), 0o040);
    assert.equal(formatMode(0o2755), '2755');
    assert.equal(formatMode(0o600), '0600');
  });

  it('reads groups, LSMs and the SecureBoot value byte', () => {
    assert.deepEqual(groupIds('root:x:0:\ndocker:x:998:alice\nbroken\ndocker:x:5:\n'), {
      root: 0,
      docker: 998,
    });
    assert.deepEqual(lsmList('lockdown,capability,landlock\n'), ['lockdown', 'capability', 'landlock']);
    assert.equal(secureBootEnabled(Uint8Array.from([6, 0, 0, 0, 1])), true);
    assert.equal(secureBootEnabled(Uint8Array.from([6, 0, 0, 0, 0])), false);
    assert.equal(secureBootEnabled(Uint8Array.from([6, 0, 0])), undefined);
  });
});
