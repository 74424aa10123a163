import { privilegedContainer } from '../../../../../src/rules/kubernetes/workload/pss/privileged-container.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

ruleTester(privilegedContainer, {
  valid: [
    ...validForEveryWorkload({
      name: 'field omitted',
      podSpec: 'containers:\n  - name: app\n    image: nginx:1.25\n',
    }),
    ...validForEveryWorkload({
      name: 'privileged false',
      podSpec:
        'containers:\n  - name: app\n    image: nginx:1.25\n    securityContext:\n      privileged: false\n',
    }),
    ...validForEveryWorkload({
      name: 'privileged at privileged level',
      podSpec: 'containers:\n  - name: app\n    securityContext:\n      privileged: true\n',
      settings: { pss: 'privileged' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      podSpec:
        'containers:\n  - name: app\n    image: nginx:1.25\n    securityContext:\n      privileged: true\n',
      errors: [{ line: 5, messageId: 'privileged', path: undefined }],
    }).map((testCase) => ({
      ...testCase,
      errors: testCase.errors.map(({ line, messageId }) => ({ line, messageId })),
    })),
    ...invalidForEveryWorkload({
      name: 'init and ephemeral containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {privileged: true}',
        'containers:',
        '  - name: app',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext:',
        '      privileged: true',
      ].join('\n'),
      errors: [
        { line: 3, messageId: 'privileged' },
        { line: 9, messageId: 'privileged' },
      ],
    }),
    {
      name: 'kubectl List output',
      code: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a}\n    spec:\n      containers:\n        - name: c\n          securityContext: {privileged: true}\n',
      errors: [{ line: 10, messageId: 'privileged', path: 'spec.containers[0].securityContext.privileged' }],
    },
  ],
});
