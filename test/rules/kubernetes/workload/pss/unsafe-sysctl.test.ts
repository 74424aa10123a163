import { unsafeSysctl } from '../../../../../src/rules/kubernetes/workload/pss/unsafe-sysctl.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import type { WorkloadSnippet } from '../../../../support/workloads.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

function sysctl(name: string): string {
  return `securityContext:\n  sysctls:\n    - name: ${name}\n      value: "1"\ncontainers:\n  - name: app\n`;
}

/** The sysctl is safe from `since` on: invalid one version before, valid from it. */
function boundary(name: string, since: number): { valid: WorkloadSnippet; invalid: WorkloadSnippet } {
  return {
    valid: {
      name: `${name} at 1.${since}`,
      podSpec: sysctl(name),
      settings: { pss: 'baseline', k8sVersion: `1.${since}` },
    },
    invalid: {
      name: `${name} at 1.${since - 1}`,
      podSpec: sysctl(name),
      settings: { pss: 'baseline', k8sVersion: `1.${since - 1}` },
    },
  };
}

const boundaries = [
  boundary('net.ipv4.ip_local_reserved_ports', 27),
  boundary('net.ipv4.tcp_keepalive_time', 29),
  boundary('net.ipv4.tcp_fin_timeout', 29),
  boundary('net.ipv4.tcp_keepalive_intvl', 29),
  boundary('net.ipv4.tcp_keepalive_probes', 29),
  boundary('net.ipv4.tcp_rmem', 32),
  boundary('net.ipv4.tcp_wmem', 32),
  boundary('net.ipv4.tcp_slow_start_after_idle', 37),
  boundary('net.ipv4.tcp_notsent_lowat', 37),
];

ruleTester(unsafeSysctl, {
  valid: [
    ...validForEveryWorkload({
      name: 'no sysctls',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'the 1.0 safe set at 1.0',
      podSpec: [
        'securityContext:',
        '  sysctls:',
        '    - {name: kernel.shm_rmid_forced, value: "0"}',
        '    - {name: net.ipv4.ip_local_port_range, value: "1024 65535"}',
        '    - {name: net.ipv4.tcp_syncookies, value: "1"}',
        '    - {name: net.ipv4.ping_group_range, value: "0 2147483647"}',
        '    - {name: net.ipv4.ip_unprivileged_port_start, value: "80"}',
        'containers:',
        '  - name: app',
      ].join('\n'),
      settings: { pss: 'baseline', k8sVersion: '1.0' },
    }),
    ...boundaries.flatMap((pair) => validForEveryWorkload(pair.valid)),
    ...validForEveryWorkload({
      name: 'privileged level',
      podSpec: sysctl('kernel.msgmax'),
      settings: { pss: 'privileged' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      podSpec: sysctl('kernel.msgmax'),
      errors: [{ line: 3, messageId: 'unsafe' }],
    }),
    ...boundaries.flatMap((pair) =>
      invalidForEveryWorkload({ ...pair.invalid, errors: [{ line: 3, messageId: 'unsafe' }] }),
    ),
    ...invalidForEveryWorkload({
      name: 'slash form and several unsafe names, restricted',
      podSpec: [
        'securityContext:',
        '  sysctls:',
        '    - name: net/ipv4/tcp_syncookies',
        '      value: "1"',
        '    - name: kernel.shm_rmid_forced',
        '      value: "0"',
        '    - name: vm.swappiness',
        '      value: "10"',
        'containers:',
        '  - name: app',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.37' },
      errors: [
        { line: 3, messageId: 'unsafe' },
        { line: 7, messageId: 'unsafe' },
      ],
    }),
    {
      name: 'Pod: path',
      code: wrapWorkload('Pod', { podSpec: sysctl('kernel.msgmax') }).code,
      settings: { pss: 'baseline' },
      errors: [{ line: 8, path: 'spec.securityContext.sysctls[0].name' }],
    },
  ],
});
