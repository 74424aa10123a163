import { selinuxOptions } from '../../../../../src/rules/kubernetes/workload/pss/selinux-options.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const engineType = [
  'containers:',
  '  - name: app',
  '    securityContext:',
  '      seLinuxOptions:',
  '        type: container_engine_t',
].join('\n');

ruleTester(selinuxOptions, {
  valid: [
    ...validForEveryWorkload({
      name: 'field omitted',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'allowed types, level set, empty user and role',
      podSpec: [
        'securityContext:',
        '  seLinuxOptions: {type: container_t, level: "s0:c123,c456"}',
        'initContainers:',
        '  - name: init',
        '    securityContext: {seLinuxOptions: {type: container_init_t}}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      seLinuxOptions: {type: container_kvm_t, user: "", role: ""}',
        '  - name: b',
        '    securityContext:',
        '      seLinuxOptions: {level: "s0"}',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'container_engine_t from 1.31',
      podSpec: engineType,
      settings: { pss: 'baseline', k8sVersion: '1.31' },
    }),
    ...validForEveryWorkload({ name: 'container_engine_t, latest', podSpec: engineType }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'container_engine_t before 1.31',
      podSpec: engineType,
      settings: { pss: 'baseline', k8sVersion: '1.30' },
      errors: [{ line: 5, messageId: 'container' }],
    }),
    ...invalidForEveryWorkload({
      name: 'pod-level type, user and role; ephemeral container type',
      podSpec: [
        'securityContext:',
        '  seLinuxOptions:',
        '    type: spc_t',
        '    user: system_u',
        '    role: system_r',
        'containers:',
        '  - name: app',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext: {seLinuxOptions: {type: unconfined_t}}',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.37' },
      errors: [
        { line: 3, messageId: 'pod' },
        { line: 4, messageId: 'pod' },
        { line: 5, messageId: 'pod' },
        { line: 10, messageId: 'container' },
      ],
    }),
    {
      name: 'Pod: path of a container user',
      code: wrapWorkload('Pod', {
        podSpec:
          'containers:\n  - name: app\n    securityContext:\n      seLinuxOptions:\n        user: sysadm_u\n',
      }).code,
      errors: [{ line: 10, path: 'spec.containers[0].securityContext.seLinuxOptions.user' }],
    },
  ],
});
