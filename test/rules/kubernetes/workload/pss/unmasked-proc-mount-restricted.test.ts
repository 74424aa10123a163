import { unmaskedProcMountRestricted } from '../../../../../src/rules/kubernetes/workload/pss/unmasked-proc-mount-restricted.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const unmasked = 'containers:\n  - name: app\n    securityContext:\n      procMount: Unmasked\n';
const usernsUnmasked = `hostUsers: false\n${unmasked}`;

ruleTester(unmaskedProcMountRestricted, {
  valid: [
    ...validForEveryWorkload({
      name: 'field omitted',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'Default in a user namespace pod',
      podSpec: 'hostUsers: false\ncontainers:\n  - name: app\n    securityContext: {procMount: Default}\n',
      settings: { pss: 'restricted' },
    }),
    // Without --pss the baseline rule (KW010) reports this container; this rule does not repeat it.
    ...validForEveryWorkload({ name: 'left to KW010 when both run', podSpec: unmasked }),
    // The check exists from 1.35; before that the restricted level runs the baseline procMount check.
    ...validForEveryWorkload({
      name: 'restricted 1.34',
      podSpec: usernsUnmasked,
      settings: { pss: 'restricted', k8sVersion: '1.34' },
    }),
    ...validForEveryWorkload({
      name: 'baseline level does not run it',
      podSpec: usernsUnmasked,
      settings: { pss: 'baseline' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'user namespace pod, restricted 1.35: no relaxation',
      podSpec: usernsUnmasked,
      settings: { pss: 'restricted', k8sVersion: '1.35' },
      errors: [{ line: 5, messageId: 'procMount' }],
    }),
    ...invalidForEveryWorkload({
      name: 'user namespace pod without --pss (KW010 relaxes it)',
      podSpec: usernsUnmasked,
      errors: [{ line: 5, messageId: 'procMount' }],
    }),
    ...invalidForEveryWorkload({
      name: 'restricted 1.37, init and ephemeral containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {procMount: Unmasked}',
        'containers:',
        '  - name: app',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext: {procMount: Unmasked}',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.37' },
      errors: [
        { line: 3, messageId: 'procMount' },
        { line: 8, messageId: 'procMount' },
      ],
    }),
    {
      name: 'Pod: path',
      code: wrapWorkload('Pod', { podSpec: unmasked }).code,
      settings: { pss: 'restricted', k8sVersion: '1.36' },
      errors: [{ line: 9, path: 'spec.containers[0].securityContext.procMount' }],
    },
  ],
});
