import { unmaskedProcMount } from '../../../../../src/rules/kubernetes/workload/pss/unmasked-proc-mount.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const unmasked = 'containers:\n  - name: app\n    securityContext:\n      procMount: Unmasked\n';
const usernsUnmasked = `hostUsers: false\n${unmasked}`;

ruleTester(unmaskedProcMount, {
  valid: [
    ...validForEveryWorkload({
      name: 'field omitted',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'Default',
      podSpec: 'containers:\n  - name: app\n    securityContext:\n      procMount: Default\n',
    }),
    // 1.35+: baseline lets a pod in its own user namespace unmask /proc.
    ...validForEveryWorkload({ name: 'user namespace pod, latest', podSpec: usernsUnmasked }),
    ...validForEveryWorkload({
      name: 'user namespace pod, baseline 1.35',
      podSpec: usernsUnmasked,
      settings: { pss: 'baseline', k8sVersion: '1.35' },
    }),
    // 1.35+: the restricted level runs procMount_restricted (KW019) instead.
    ...validForEveryWorkload({
      name: 'restricted 1.35 replaces the check',
      podSpec: unmasked,
      settings: { pss: 'restricted', k8sVersion: '1.35' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({ podSpec: unmasked, errors: [{ line: 4, messageId: 'procMount' }] }),
    ...invalidForEveryWorkload({
      name: 'user namespace pod before 1.35',
      podSpec: usernsUnmasked,
      settings: { pss: 'baseline', k8sVersion: '1.34' },
      errors: [{ line: 5, messageId: 'procMount' }],
    }),
    ...invalidForEveryWorkload({
      name: 'restricted 1.34 still runs the baseline check; hostUsers true; init and ephemeral containers',
      podSpec: [
        'hostUsers: true',
        'initContainers:',
        '  - name: init',
        '    securityContext: {procMount: Unmasked}',
        'containers:',
        '  - name: app',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext: {procMount: other}',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.34' },
      errors: [
        { line: 4, messageId: 'procMount' },
        { line: 9, messageId: 'procMount' },
      ],
    }),
    {
      name: 'Pod: path',
      code: wrapWorkload('Pod', { podSpec: unmasked }).code,
      settings: { pss: 'baseline', k8sVersion: '1.0' },
      errors: [{ line: 9, path: 'spec.containers[0].securityContext.procMount' }],
    },
  ],
});
