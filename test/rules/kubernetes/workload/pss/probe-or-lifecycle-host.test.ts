import { probeOrLifecycleHost } from '../../../../../src/rules/kubernetes/workload/pss/probe-or-lifecycle-host.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const livenessHost = [
  'containers:',
  '  - name: app',
  '    livenessProbe:',
  '      httpGet:',
  '        host: 169.254.169.254',
  '        port: 80',
].join('\n');

ruleTester(probeOrLifecycleHost, {
  valid: [
    ...validForEveryWorkload({
      name: 'no probes',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'probes and hooks without host, or with an empty host',
      podSpec: [
        'containers:',
        '  - name: app',
        '    livenessProbe: {httpGet: {path: /healthz, port: 8080}}',
        '    readinessProbe: {tcpSocket: {port: 8080, host: ""}}',
        '    startupProbe: {exec: {command: [cat, /tmp/ready]}}',
        '    lifecycle:',
        '      preStop: {httpGet: {port: 8080, httpHeaders: [{name: Host, value: example.com}]}}',
        '      postStart: {sleep: {seconds: 1}}',
      ].join('\n'),
    }),
    // The check exists from policy 1.34 only.
    ...validForEveryWorkload({
      name: 'before 1.34',
      podSpec: livenessHost,
      settings: { pss: 'baseline', k8sVersion: '1.33' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({ podSpec: livenessHost, errors: [{ line: 5, messageId: 'host' }] }),
    ...invalidForEveryWorkload({
      name: 'from 1.34',
      podSpec: livenessHost,
      settings: { pss: 'baseline', k8sVersion: '1.34' },
      errors: [{ line: 5, messageId: 'host' }],
    }),
    ...invalidForEveryWorkload({
      name: 'every probe and hook, init and ephemeral containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    startupProbe: {httpGet: {host: a.example, port: 1}}',
        'containers:',
        '  - name: app',
        '    readinessProbe:',
        '      tcpSocket: {host: b.example, port: 2}',
        '    lifecycle:',
        '      postStart:',
        '        httpGet: {host: c.example, port: 3}',
        '      preStop:',
        '        tcpSocket: {host: d.example, port: 4}',
        'ephemeralContainers:',
        '  - name: debug',
        '    livenessProbe: {tcpSocket: {host: e.example, port: 5}}',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.37' },
      errors: [
        { line: 3, messageId: 'host' },
        { line: 7, messageId: 'host' },
        { line: 10, messageId: 'host' },
        { line: 12, messageId: 'host' },
        { line: 15, messageId: 'host' },
      ],
    }),
    {
      name: 'Pod: path',
      code: wrapWorkload('Pod', { podSpec: livenessHost }).code,
      settings: { pss: 'baseline' },
      errors: [{ line: 10, path: 'spec.containers[0].livenessProbe.httpGet.host' }],
    },
  ],
});
