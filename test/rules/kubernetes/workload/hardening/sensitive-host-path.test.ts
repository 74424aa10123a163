import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sensitiveHostPath } from '../../../../../src/rules/kubernetes/workload/hardening/sensitive-host-path.js';
import { ruleTester, runRuleOn } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';
import { withHostPaths, withMountedHostPaths } from './host-path-cases.js';

const routinePaths = [
  '/etc/ssl/certs',
  '/etc/localtime',
  '/var/log',
  '/data/app',
  '/usr/share/zoneinfo',
  '/lib/modules',
];

ruleTester(sensitiveHostPath, {
  valid: [
    ...validForEveryWorkload({ name: 'no volumes', podSpec: 'containers:\n  - name: app\n' }),
    ...validForEveryWorkload({
      name: 'routine host paths, mounted read-only',
      podSpec: withMountedHostPaths([], ...routinePaths),
    }),
    ...validForEveryWorkload({
      name: 'application folders, mounted writable',
      podSpec: withMountedHostPaths([false, false], '/var/log', '/data/app'),
    }),
    ...validForEveryWorkload({
      name: 'runtime sockets are left to KW033',
      podSpec: withHostPaths('/var/run/docker.sock', '/var/run', '/run/containerd'),
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'clock and trust store writable, or not mounted read-only by every container',
      podSpec: withHostPaths('/etc/ssl/certs', '/etc/localtime', '/usr/share/zoneinfo'),
      errors: [
        { line: 6, messageId: 'sensitive' },
        { line: 9, messageId: 'sensitive' },
        { line: 12, messageId: 'sensitive' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'read-only, but not one of the routine paths',
      podSpec: withMountedHostPaths([true, true, false], '/etc/ssl/private', '/', '/lib/modules'),
      errors: [
        { line: 28, messageId: 'sensitive' },
        { line: 31, messageId: 'sensitive' },
        { line: 34, messageId: 'sensitive' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'host root',
      podSpec: withHostPaths('/'),
      errors: [{ line: 6, messageId: 'sensitive' }],
    }),
    ...invalidForEveryWorkload({
      name: 'listed paths and their sub-paths',
      podSpec: withHostPaths(
        '/etc',
        '/proc',
        '/sys/fs/cgroup',
        '/root/.ssh',
        '/var/lib/kubelet/pods',
        '/etc/kubernetes/admin.conf',
      ),
      errors: [
        { line: 6, messageId: 'sensitive' },
        { line: 9, messageId: 'sensitive' },
        { line: 12, messageId: 'sensitive' },
        { line: 15, messageId: 'sensitive' },
        { line: 18, messageId: 'sensitive' },
        { line: 21, messageId: 'sensitive' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'normalised paths and folders above sensitive ones',
      podSpec: withHostPaths(
        '/etc/',
        '/tmp/../proc/1',
        '//root',
        '/var',
        '/var/lib/',
        '/usr/lib',
        '/dev/kvm',
      ),
      errors: [
        { line: 6, messageId: 'sensitive' },
        { line: 9, messageId: 'sensitive' },
        { line: 12, messageId: 'sensitive' },
        { line: 15, messageId: 'contains' },
        { line: 18, messageId: 'contains' },
        { line: 21, messageId: 'sensitive' },
        { line: 24, messageId: 'sensitive' },
      ],
    }),
    {
      name: 'Pod: path of hostPath.path',
      code: [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: a}',
        'spec:',
        '  containers:',
        '    - name: app',
        '  volumes:',
        '    - name: data',
        '      emptyDir: {}',
        '    - name: kubelet',
        '      hostPath: {path: /var/lib/kubelet, type: Directory}',
        '',
      ].join('\n'),
      errors: [{ line: 11, messageId: 'sensitive', path: 'spec.volumes[1].hostPath.path' }],
    },
  ],
});

it('KW034 grades as DC010 does: whole root writable critical, every other sensitive mount high', () => {
  const { findings } = runRuleOn(sensitiveHostPath, {
    code: [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: a}',
      'spec:',
      '  containers:',
      '    - name: app',
      '      volumeMounts:',
      '        - {name: root-ro, mountPath: /host-ro, readOnly: true}',
      '        - {name: etc-ro, mountPath: /host-etc, readOnly: true}',
      '  volumes:',
      '    - {name: root, hostPath: {path: /}}',
      '    - {name: root-ro, hostPath: {path: /}}',
      '    - {name: etc, hostPath: {path: /etc}}',
      '    - {name: etc-ro, hostPath: {path: /etc}}',
      '',
    ].join('\n'),
  });
  assert.deepEqual(
    findings.map((finding) => [finding.location.startLine, finding.severity]),
    [
      [11, 'critical'],
      [12, 'high'],
      [13, 'high'],
      [14, 'high'],
    ],
  );
});
