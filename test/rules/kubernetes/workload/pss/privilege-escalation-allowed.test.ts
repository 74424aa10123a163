import { privilegeEscalationAllowed } from '../../../../../src/rules/kubernetes/workload/pss/privilege-escalation-allowed.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const unset = 'containers:\n  - name: app\n    image: app:1\n';
const windowsUnset = `os: {name: windows}\n${unset}`;

ruleTester(privilegeEscalationAllowed, {
  valid: [
    ...validForEveryWorkload({
      name: 'false on every container',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {allowPrivilegeEscalation: false}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      allowPrivilegeEscalation: false',
      ].join('\n'),
    }),
    // The field, and so the check, exists from 1.8.
    ...validForEveryWorkload({
      name: 'before 1.8',
      podSpec: unset,
      settings: { pss: 'restricted', k8sVersion: '1.7' },
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
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'field omitted',
      podSpec: unset,
      errors: [{ line: 2, messageId: 'notFalse' }],
    }),
    ...invalidForEveryWorkload({
      name: 'from 1.8',
      podSpec: unset,
      settings: { pss: 'restricted', k8sVersion: '1.8' },
      errors: [{ line: 2, messageId: 'notFalse' }],
    }),
    ...invalidForEveryWorkload({
      name: 'Windows pod before 1.25',
      podSpec: windowsUnset,
      settings: { pss: 'restricted', k8sVersion: '1.24' },
      errors: [{ line: 3, messageId: 'notFalse' }],
    }),
    ...invalidForEveryWorkload({
      name: 'true, and init and ephemeral containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {runAsNonRoot: true}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      allowPrivilegeEscalation: true',
        'ephemeralContainers:',
        '  - name: debug',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.37' },
      errors: [
        { line: 3, messageId: 'notFalse' },
        { line: 7, messageId: 'notFalse' },
        { line: 9, messageId: 'notFalse' },
      ],
    }),
    {
      name: 'Pod: path of the missing field',
      code: wrapWorkload('Pod', { podSpec: unset }).code,
      settings: { pss: 'restricted' },
      errors: [{ line: 7, path: 'spec.containers[0].securityContext.allowPrivilegeEscalation' }],
    },
  ],
});
