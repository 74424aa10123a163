import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containerViewFromInspect } from '../../../src/sources/index.js';
import { inspect } from '../../rules/container/utils/cases.js';

describe('containerViewFromInspect', () => {
  it('reads the isolation settings with their inspect paths', () => {
    const answer: unknown = JSON.parse(
      inspect({
        HostConfig: {
          CapAdd: ['NET_ADMIN'],
          Devices: [{ PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' }],
          Sysctls: { 'net.ipv4.ip_forward': '1' },
        },
        top: {
          Mounts: [
            {
              Type: 'volume',
              Name: 'data',
              Source: '/var/lib/docker/volumes/data/_data',
              Destination: '/data',
              RW: false,
            },
          ],
        },
      }),
    );
    const { view, errors } = containerViewFromInspect(answer);
    assert.deepEqual(errors, []);
    assert.ok(view !== undefined);
    assert.equal(view.name, 'web');
    assert.equal(view.location.file, 'docker:container/web');
    assert.equal(view.origin.kind, 'engine');
    assert.equal(view.privileged?.value, false);
    assert.equal(view.privileged?.location.path, 'HostConfig.Privileged');
    assert.equal(view.capAdd[0]?.location.path, 'HostConfig.CapAdd[0]');
    assert.deepEqual(view.mounts[0]?.value, {
      type: 'volume',
      source: 'data',
      target: '/data',
      readOnly: true,
    });
    assert.deepEqual(view.mounts[1]?.value, { type: 'tmpfs', target: '/tmp', readOnly: false });
    assert.deepEqual(view.ports[0]?.value, {
      containerPort: 80,
      protocol: 'tcp',
      hostIp: '127.0.0.1',
      hostPort: 8080,
    });
    assert.equal(view.ports[0]?.location.path, 'NetworkSettings.Ports["80/tcp"][0]');
    assert.deepEqual(view.restartPolicy?.value, { name: 'on-failure', maximumRetryCount: 5 });
    assert.deepEqual(view.securityOptions[0]?.value, { kind: 'no-new-privileges', enabled: true });
    assert.deepEqual(view.sysctls[0]?.value, { name: 'net.ipv4.ip_forward', value: '1' });
    assert.equal(view.user?.value, '101');
    assert.equal(view.image?.value, 'nginx:1.25');
    assert.deepEqual(view.state, {
      status: 'running',
      running: true,
      health: 'healthy',
      appArmorProfile: 'docker-default',
      processLabel: '',
      networks: ['web-net'],
    });
    assert.deepEqual(view.locate(['HostConfig', 'Memory']), {
      file: 'docker:container/web',
      path: 'HostConfig.Memory',
    });
  });

  it('a created container without live ports uses its port bindings', () => {
    const answer: unknown = JSON.parse(
      inspect({ State: { Status: 'created', Running: false, Health: null }, NetworkSettings: { Ports: {} } }),
    );
    const { view } = containerViewFromInspect(answer);
    assert.equal(view?.ports[0]?.location.path, 'HostConfig.PortBindings["80/tcp"][0]');
    assert.equal(view?.state?.running, false);
  });

  it('a malformed answer gives errors with the field path, never a throw', () => {
    assert.deepEqual(
      containerViewFromInspect({ Id: 'x', Name: '/a', HostConfig: { Privileged: 'yes' } }).errors,
      ['container inspect: HostConfig.Privileged: Invalid input: expected boolean, received string'],
    );
    assert.equal(containerViewFromInspect('not an object').view, undefined);
  });
});
