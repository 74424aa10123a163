import { missingMemoryLimit } from '../../../../../src/rules/kubernetes/workload/hardening/missing-memory-limit.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

ruleTester(missingMemoryLimit, {
  valid: [
    ...validForEveryWorkload({
      name: 'memory limit on regular and init containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    resources: {limits: {memory: 64Mi}}',
        'containers:',
        '  - name: app',
        '    resources:',
        '      limits:',
        '        memory: 256Mi',
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
      name: 'only a CPU limit',
      podSpec: 'containers:\n  - name: app\n    resources:\n      limits:\n        cpu: 500m\n',
      errors: [{ line: 4, messageId: 'missing' }],
    }),
    ...invalidForEveryWorkload({
      name: 'empty quantity and init container',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    resources: {requests: {memory: 64Mi}}',
        'containers:',
        '  - name: app',
        '    resources:',
        '      limits:',
        '        memory: ""',
      ].join('\n'),
      errors: [
        { line: 3, messageId: 'missing' },
        { line: 8, messageId: 'missing' },
      ],
    }),
    {
      name: 'Pod: path of the missing quantity',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n',
      errors: [{ line: 6, path: 'spec.containers[0].resources.limits.memory' }],
    },
  ],
});
