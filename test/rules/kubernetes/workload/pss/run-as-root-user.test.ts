import { runAsRootUser } from '../../../../../src/rules/kubernetes/workload/pss/run-as-root-user.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const podRoot = 'securityContext:\n  runAsUser: 0\ncontainers:\n  - name: app\n';
const usernsRoot = `hostUsers: false\n${podRoot}`;

ruleTester(runAsRootUser, {
  valid: [
    ...validForEveryWorkload({
      name: 'field omitted',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'non-zero UIDs',
      podSpec:
        'securityContext:\n  runAsUser: 1000\ncontainers:\n  - name: app\n    securityContext: {runAsUser: 65534}\n',
    }),
    ...validForEveryWorkload({
      name: 'before 1.23',
      podSpec: podRoot,
      settings: { pss: 'restricted', k8sVersion: '1.22' },
    }),
    ...validForEveryWorkload({
      name: 'user namespace pod from 1.35',
      podSpec: usernsRoot,
      settings: { pss: 'restricted', k8sVersion: '1.35' },
    }),
    ...validForEveryWorkload({
      name: 'baseline level does not run it',
      podSpec: podRoot,
      settings: { pss: 'baseline' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({ podSpec: podRoot, errors: [{ line: 2, messageId: 'pod' }] }),
    ...invalidForEveryWorkload({
      name: 'from 1.23',
      podSpec: podRoot,
      settings: { pss: 'restricted', k8sVersion: '1.23' },
      errors: [{ line: 2, messageId: 'pod' }],
    }),
    ...invalidForEveryWorkload({
      name: 'user namespace pod before 1.35',
      podSpec: usernsRoot,
      settings: { pss: 'restricted', k8sVersion: '1.34' },
      errors: [{ line: 3, messageId: 'pod' }],
    }),
    ...invalidForEveryWorkload({
      name: 'containers of every kind',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {runAsUser: 0}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      runAsUser: 0',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext: {runAsUser: 0}',
      ].join('\n'),
      errors: [
        { line: 3, messageId: 'container' },
        { line: 7, messageId: 'container' },
        { line: 10, messageId: 'container' },
      ],
    }),
    {
      name: 'Pod: path',
      code: wrapWorkload('Pod', { podSpec: podRoot }).code,
      settings: { pss: 'restricted' },
      errors: [{ line: 7, path: 'spec.securityContext.runAsUser' }],
    },
  ],
});
