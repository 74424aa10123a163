import { containerRuntimeSocketMount } from '../../../../../src/rules/kubernetes/workload/hardening/container-runtime-socket-mount.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';
import { withHostPaths } from './host-path-cases.js';

ruleTester(containerRuntimeSocketMount, {
  valid: [
    ...validForEveryWorkload({ name: 'no volumes', podSpec: 'containers:\n  - name: app\n' }),
    ...validForEveryWorkload({
      name: 'unrelated host paths and other volume types',
      podSpec: [
        withHostPaths('/var/log', '/run/xtables.lock', '/etc', '/run/user/1000/pulse', '//./pipe/my_app'),
        '  - name: cache',
        '    emptyDir: {}',
      ].join('\n'),
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'Docker socket',
      podSpec: withHostPaths('/var/run/docker.sock'),
      errors: [{ line: 6, messageId: 'socket' }],
    }),
    ...invalidForEveryWorkload({
      name: 'containerd, CRI-O and Docker sockets under /run, with trailing slashes and ..',
      podSpec: withHostPaths(
        '/run/containerd/containerd.sock',
        '/var/run/crio/crio.sock',
        '/run/docker.sock/',
        '/var/lib/../run/./docker.sock',
      ),
      errors: [
        { line: 6, messageId: 'socket' },
        { line: 9, messageId: 'socket' },
        { line: 12, messageId: 'socket' },
        { line: 15, messageId: 'socket' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'runtime folders and their parents',
      podSpec: withHostPaths(
        '/var/run/containerd',
        '/run/containerd/io.containerd.runtime.v2.task',
        '/var/run',
        '/run/',
      ),
      errors: [
        { line: 6, messageId: 'runtimeFolder' },
        { line: 9, messageId: 'runtimeFolder' },
        { line: 12, messageId: 'parent' },
        { line: 15, messageId: 'parent' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'rootless and k3s folders, as in compose',
      podSpec: withHostPaths('/run/user/1000', '/run/user/1000/podman', '/run/k3s/containerd'),
      errors: [
        { line: 6, messageId: 'parent' },
        { line: 9, messageId: 'runtimeFolder' },
        { line: 12, messageId: 'runtimeFolder' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'Windows named pipes',
      podSpec: withHostPaths('\\\\.\\pipe\\docker_engine', '//./pipe/containerd-containerd'),
      errors: [
        { line: 6, messageId: 'socket' },
        { line: 9, messageId: 'socket' },
      ],
    }),
    {
      name: 'Pod: path of hostPath.path, rootless socket',
      code: [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: a}',
        'spec:',
        '  containers:',
        '    - name: app',
        '  volumes:',
        '    - name: config',
        '      configMap: {name: app}',
        '    - name: docker',
        '      hostPath: {path: /run/user/1000/docker.sock, type: Socket}',
        '',
      ].join('\n'),
      errors: [{ line: 11, messageId: 'socket', path: 'spec.volumes[1].hostPath.path' }],
    },
  ],
});
