import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeRuntimeSocketMount } from '../../../src/rules/compose/compose-runtime-socket-mount.js';
import { composeSensitiveHostMount } from '../../../src/rules/compose/compose-sensitive-host-mount.js';
import type { AnyRule } from '../../../src/rules/index.js';
import { containerRuntimeSocketMount } from '../../../src/rules/kubernetes/workload/hardening/container-runtime-socket-mount.js';
import { sensitiveHostPath } from '../../../src/rules/kubernetes/workload/hardening/sensitive-host-path.js';
import {
  findSensitiveHostPath,
  normalizeHostPath,
  runtimeSocketExposure,
  sensitiveMountSeverity,
} from '../../../src/rules/shared/host-paths.js';
import { runRuleOn } from '../../support/rule-tester.js';

describe('host path normalisation', () => {
  it('folds //, ., .. and trailing slashes, and leaves relative and Windows paths unknown', () => {
    const cases: [string, string | undefined][] = [
      ['/etc/', '/etc'],
      ['//var//run/./docker.sock/', '/var/run/docker.sock'],
      ['/tmp/../../etc', '/etc'],
      ['  /proc  ', '/proc'],
      ['/', '/'],
      ['./data', undefined],
      ['data', undefined],
      ['C:\\ProgramData\\docker', undefined],
    ];
    for (const [path, expected] of cases) assert.equal(normalizeHostPath(path), expected, path);
  });
});

describe('runtime socket exposure', () => {
  it('finds sockets by name anywhere, rootless ones included', () => {
    const cases: [string, string][] = [
      ['/var/run/docker.sock', 'Docker'],
      ['/run/containerd/containerd.sock', 'containerd'],
      ['/run/k3s/containerd/containerd.sock', 'containerd'],
      ['/var/run/crio/crio.sock', 'CRI-O'],
      ['/run/podman/podman.sock', 'Podman'],
      ['/run/cri-dockerd.sock', 'cri-dockerd'],
      ['/run/user/1000/docker.sock', 'Docker'],
      ['/run/user/1000/podman/podman.sock', 'Podman'],
      ['/home/dev/.docker/run/docker.sock', 'Docker'],
    ];
    for (const [path, runtime] of cases)
      assert.deepEqual(
        runtimeSocketExposure(path),
        { kind: 'socket', runtime, socket: normalizeHostPath(path) },
        path,
      );
  });

  it('finds Windows named pipes in either slash style', () => {
    for (const pipe of [
      '\\\\.\\pipe\\docker_engine',
      '//./pipe/docker_engine',
      '//./pipe/dockerDesktopLinuxEngine',
    ])
      assert.equal(runtimeSocketExposure(pipe)?.kind, 'socket', pipe);
    assert.equal(runtimeSocketExposure('\\\\.\\pipe\\containerd-containerd')?.runtime, 'containerd');
    assert.equal(runtimeSocketExposure('//./pipe/my_app'), undefined);
  });

  it("reports the runtime's own folders and the folders above sockets", () => {
    const cases: [string, string, string][] = [
      ['/run/containerd', 'runtime-folder', '/run/containerd/containerd.sock'],
      [
        '/var/run/containerd/io.containerd.runtime.v2.task',
        'runtime-folder',
        '/run/containerd/containerd.sock',
      ],
      ['/run/k3s', 'parent', '/run/k3s/containerd/containerd.sock'],
      ['/run/user/1000/podman', 'runtime-folder', '/run/user/1000/podman/podman.sock'],
      ['/run/user/1000', 'parent', '/run/user/1000/docker.sock'],
      ['/run/user', 'parent', '/run/user/<uid>/docker.sock'],
      ['/var/run/', 'parent', '/run/docker.sock'],
    ];
    for (const [path, kind, socket] of cases) {
      const exposure = runtimeSocketExposure(path);
      assert.equal(exposure?.kind, kind, path);
      assert.equal(exposure?.socket, socket, path);
    }
  });

  it('leaves the host root, other run-time files and unrelated paths alone', () => {
    for (const path of [
      '/',
      '/run/xtables.lock',
      '/var/run/postgresql',
      '/run/user/1000/pulse',
      '/var/lib/docker',
    ])
      assert.equal(runtimeSocketExposure(path), undefined, path);
  });
});

describe('sensitive host paths', () => {
  it('judges a path by the most specific sensitive folder it is in, or one it contains', () => {
    assert.deepEqual(findSensitiveHostPath('/etc/kubernetes/pki', false), {
      kind: 'is',
      sensitive: '/etc/kubernetes',
      reason: 'cluster credentials, certificates and static pod manifests',
    });
    assert.equal(findSensitiveHostPath('/etc/nginx', false)?.sensitive, '/etc');
    assert.equal(findSensitiveHostPath('/var/lib', true)?.kind, 'contains');
    assert.equal(findSensitiveHostPath('/var/log', false), undefined);
    assert.equal(findSensitiveHostPath('/etcetera', false), undefined);
  });

  it('allows routine paths only read-only, and never the host root', () => {
    for (const path of [
      '/etc/localtime',
      '/etc/ssl/certs/ca.pem',
      '/usr/share/zoneinfo/UTC',
      '/lib/modules',
    ]) {
      assert.equal(findSensitiveHostPath(path, true), undefined, path);
      assert.equal(findSensitiveHostPath(path, false)?.kind, 'is', path);
    }
    assert.equal(findSensitiveHostPath('/', true)?.sensitive, '/');
    assert.equal(findSensitiveHostPath('/etc/pki/tls/private', true)?.sensitive, '/etc');
  });

  it('leaves runtime sockets and their folders to the socket rules', () => {
    for (const path of ['/run', '/var/run/docker.sock', '/run/containerd'])
      assert.equal(findSensitiveHostPath(path, false), undefined, path);
  });

  it('grades the writable host root critical and everything else high', () => {
    const root = findSensitiveHostPath('/', false);
    const etc = findSensitiveHostPath('/etc', true);
    assert.ok(root && etc);
    assert.equal(sensitiveMountSeverity(root, false), 'critical');
    assert.equal(sensitiveMountSeverity(root, true), 'high');
    assert.equal(sensitiveMountSeverity(etc, false), 'high');
    assert.equal(sensitiveMountSeverity(etc, true), 'high');
  });
});

/** One host path mounted into a pod (hostPath volume) and into a compose service (bind mount). */
function podWith(hostPath: string, readOnly: boolean): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: a}',
    'spec:',
    '  containers:',
    '    - name: app',
    `      volumeMounts: [{name: host, mountPath: /host, readOnly: ${String(readOnly)}}]`,
    '  volumes:',
    `    - {name: host, hostPath: {path: ${JSON.stringify(hostPath)}}}`,
    '',
  ].join('\n');
}

function composeWith(hostPath: string, readOnly: boolean): string {
  const volume = JSON.stringify(`${hostPath}:/host${readOnly ? ':ro' : ''}`);
  return ['services:', '  app:', '    image: app:1', '    volumes:', `      - ${volume}`, ''].join('\n');
}

function verdicts(rule: AnyRule, code: string): string[] {
  const { findings, errors } = runRuleOn(rule, { code });
  assert.deepEqual(errors, []);
  return findings.map((finding) => finding.severity);
}

describe('pods and compose services are judged alike', () => {
  const paths = [
    '/',
    '/etc',
    '/etc/localtime',
    '/etc/nginx',
    '/etc/ssl/certs',
    '/var',
    '/var/lib/kubelet/pods',
    '/var/log',
    '/usr/local/bin',
    '/lib/modules',
    '/dev/kvm',
    '/srv/app',
    '/var/run/docker.sock',
    '/run',
    '/run/containerd',
    '/run/user/1000',
    '/run/k3s/containerd/containerd.sock',
    '//./pipe/docker_engine',
  ];
  const pairs: [AnyRule, AnyRule][] = [
    [containerRuntimeSocketMount, composeRuntimeSocketMount],
    [sensitiveHostPath, composeSensitiveHostMount],
  ];
  for (const hostPath of paths) {
    for (const readOnly of [false, true]) {
      it(`${hostPath}${readOnly ? ' (read-only)' : ''}`, () => {
        for (const [podRule, composeRule] of pairs) {
          assert.deepEqual(
            verdicts(podRule, podWith(hostPath, readOnly)),
            verdicts(composeRule, composeWith(hostPath, readOnly)),
            `${podRule.id} and ${composeRule.id} disagree`,
          );
        }
      });
    }
  }
});
