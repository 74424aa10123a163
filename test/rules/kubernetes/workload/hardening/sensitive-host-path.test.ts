import { sensitiveHostPath } from '../../../../../src/rules/kubernetes/workload/hardening/sensitive-host-path.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

function withHostPaths(...paths: string[]): string {
  const lines = ['containers:', '  - name: app', 'volumes:'];
  for (const [index, path] of paths.entries())
    lines.push(`  - name: host-${index}`, '    hostPath:', `      path: ${path}`);
  return lines.join('\n');
}

ruleTester(sensitiveHostPath, {
  valid: [
    ...validForEveryWorkload({ name: 'no volumes', podSpec: 'containers:\n  - name: app\n' }),
    ...validForEveryWorkload({
      name: 'routine host paths',
      podSpec: withHostPaths(
        '/etc/ssl/certs',
        '/etc/localtime',
        '/var/log',
        '/data/app',
        '/usr/share/zoneinfo',
      ),
    }),
    ...validForEveryWorkload({
      name: 'runtime sockets are left to KW033',
      podSpec: withHostPaths('/var/run/docker.sock', '/var/run', '/run/containerd'),
    }),
  ],
  invalid: [
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
      podSpec: withHostPaths('/etc/', '/tmp/../proc/1', '//root', '/var', '/var/lib/'),
      errors: [
        { line: 6, messageId: 'sensitive' },
        { line: 9, messageId: 'sensitive' },
        { line: 12, messageId: 'sensitive' },
        { line: 15, messageId: 'contains' },
        { line: 18, messageId: 'contains' },
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
