import { windowsHostProcess } from '../../../../../src/rules/kubernetes/workload/pss/windows-host-process.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const podLevel = [
  'os: {name: windows}',
  'securityContext:',
  '  windowsOptions:',
  '    hostProcess: true',
  'containers:',
  '  - name: app',
  '    image: app:1',
].join('\n');

ruleTester(windowsHostProcess, {
  valid: [
    ...validForEveryWorkload({
      name: 'field omitted',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'hostProcess false at pod and container level',
      podSpec: [
        'securityContext:',
        '  windowsOptions: {hostProcess: false}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      windowsOptions: {hostProcess: false, runAsUserName: app}',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'privileged level runs no check',
      podSpec: podLevel,
      settings: { pss: 'privileged' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'pod level',
      podSpec: podLevel,
      errors: [{ line: 4, messageId: 'pod' }],
    }),
    ...invalidForEveryWorkload({
      name: 'pod level, oldest policy version',
      podSpec: podLevel,
      settings: { pss: 'baseline', k8sVersion: '1.0' },
      errors: [{ line: 4, messageId: 'pod' }],
    }),
    ...invalidForEveryWorkload({
      name: 'init, regular and ephemeral containers, restricted level',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {windowsOptions: {hostProcess: true}}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      windowsOptions:',
        '        hostProcess: true',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext: {windowsOptions: {hostProcess: true}}',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.30' },
      errors: [
        { line: 3, messageId: 'container' },
        { line: 8, messageId: 'container' },
        { line: 11, messageId: 'container' },
      ],
    }),
    {
      name: 'Pod: paths of pod and container fields',
      code: wrapWorkload('Pod', {
        podSpec: [
          'securityContext: {windowsOptions: {hostProcess: true}}',
          'containers:',
          '  - name: app',
          '    securityContext: {windowsOptions: {hostProcess: true}}',
        ].join('\n'),
      }).code,
      errors: [
        { line: 6, path: 'spec.securityContext.windowsOptions.hostProcess' },
        { line: 9, path: 'spec.containers[0].securityContext.windowsOptions.hostProcess' },
      ],
    },
  ],
});
