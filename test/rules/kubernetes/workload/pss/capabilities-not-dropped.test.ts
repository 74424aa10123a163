import { capabilitiesNotDropped } from '../../../../../src/rules/kubernetes/workload/pss/capabilities-not-dropped.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const unset = 'containers:\n  - name: app\n    image: app:1\n';
const windowsUnset = `os: {name: windows}\n${unset}`;
const dropAllAddSysAdmin = [
  'containers:',
  '  - name: app',
  '    securityContext:',
  '      capabilities:',
  '        drop: [ALL]',
  '        add: [SYS_ADMIN]',
].join('\n');

ruleTester(capabilitiesNotDropped, {
  valid: [
    ...validForEveryWorkload({
      name: 'drop ALL, add NET_BIND_SERVICE',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {capabilities: {drop: [ALL]}}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      capabilities:',
        '        drop: [NET_RAW, ALL]',
        '        add: [NET_BIND_SERVICE]',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'before 1.22',
      podSpec: unset,
      settings: { pss: 'restricted', k8sVersion: '1.21' },
    }),
    ...validForEveryWorkload({
      name: 'Windows pod from 1.25',
      podSpec: windowsUnset,
      settings: { pss: 'restricted', k8sVersion: '1.25' },
    }),
    ...validForEveryWorkload({
      name: 'baseline level does not run it',
      podSpec: unset,
      settings: { pss: 'baseline' },
    }),
    // Without --pss KW004 reports SYS_ADMIN; this rule does not repeat it.
    ...validForEveryWorkload({
      name: 'non-baseline add left to KW004 when both run',
      podSpec: dropAllAddSysAdmin,
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'field omitted',
      podSpec: unset,
      errors: [{ line: 2, messageId: 'dropAll' }],
    }),
    ...invalidForEveryWorkload({
      name: 'from 1.22',
      podSpec: unset,
      settings: { pss: 'restricted', k8sVersion: '1.22' },
      errors: [{ line: 2, messageId: 'dropAll' }],
    }),
    ...invalidForEveryWorkload({
      name: 'Windows pod before 1.25',
      podSpec: windowsUnset,
      settings: { pss: 'restricted', k8sVersion: '1.24' },
      errors: [{ line: 3, messageId: 'dropAll' }],
    }),
    ...invalidForEveryWorkload({
      name: 'SYS_ADMIN at restricted (the baseline check is replaced)',
      podSpec: dropAllAddSysAdmin,
      settings: { pss: 'restricted', k8sVersion: '1.22' },
      errors: [{ line: 6, messageId: 'added' }],
    }),
    ...invalidForEveryWorkload({
      name: 'baseline-allowed add, drop without ALL, ephemeral container',
      podSpec: [
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      capabilities:',
        '        drop: [NET_RAW]',
        '        add: [CHOWN, NET_BIND_SERVICE]',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext: {capabilities: {drop: [all]}}',
      ].join('\n'),
      errors: [
        { line: 5, messageId: 'dropAll' },
        { line: 6, messageId: 'added' },
        { line: 9, messageId: 'dropAll' },
      ],
    }),
    {
      name: 'Pod: paths',
      code: wrapWorkload('Pod', {
        podSpec: 'containers:\n  - name: app\n    securityContext:\n      capabilities: {add: [KILL]}\n',
      }).code,
      settings: { pss: 'restricted' },
      errors: [
        { line: 9, path: 'spec.containers[0].securityContext.capabilities.add[0]' },
        { line: 9, path: 'spec.containers[0].securityContext.capabilities.drop' },
      ],
    },
  ],
});
