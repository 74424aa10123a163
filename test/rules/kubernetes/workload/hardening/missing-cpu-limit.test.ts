import { missingCpuLimit } from '../../../../../src/rules/kubernetes/workload/hardening/missing-cpu-limit.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

ruleTester(missingCpuLimit, {
  valid: [
    ...validForEveryWorkload({
      name: 'CPU limit on regular and init containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    resources: {limits: {cpu: 200m}}',
        'containers:',
        '  - name: app',
        '    resources:',
        '      limits:',
        '        cpu: "1"',
        '        memory: 256Mi',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'ephemeral containers cannot set resources',
      podSpec: [
        'containers:',
        '  - name: app',
        '    resources: {limits: {cpu: 2}}',
        'ephemeralContainers:',
        '  - name: debug',
      ].join('\n'),
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'resources omitted',
      podSpec: 'containers:\n  - name: app\n    image: nginx:1.25\n',
      errors: [{ line: 2, messageId: 'missing' }],
    }),
    ...invalidForEveryWorkload({
      name: 'only a memory limit',
      podSpec: 'containers:\n  - name: app\n    resources:\n      limits:\n        memory: 256Mi\n',
      errors: [{ line: 4, messageId: 'missing' }],
    }),
    ...invalidForEveryWorkload({
      name: 'a request is not a limit; init containers count',
      podSpec: [
        'initContainers:',
        '  - name: init',
        'containers:',
        '  - name: app',
        '    resources:',
        '      requests: {cpu: 100m}',
      ].join('\n'),
      errors: [
        { line: 2, messageId: 'missing' },
        { line: 5, messageId: 'missing' },
      ],
    }),
    {
      name: 'Pod: path of the missing quantity',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n      resources: {}\n',
      errors: [{ line: 7, path: 'spec.containers[0].resources.limits.cpu' }],
    },
  ],
});
