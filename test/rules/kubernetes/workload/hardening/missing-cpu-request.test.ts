import { missingCpuRequest } from '../../../../../src/rules/kubernetes/workload/hardening/missing-cpu-request.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

ruleTester(missingCpuRequest, {
  valid: [
    ...validForEveryWorkload({
      name: 'CPU request on regular and init containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    resources: {requests: {cpu: 50m}}',
        'containers:',
        '  - name: app',
        '    resources:',
        '      requests:',
        '        cpu: 100m',
        'ephemeralContainers:',
        '  - name: debug',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'a CPU limit alone becomes the request',
      podSpec: 'containers:\n  - name: app\n    resources:\n      limits:\n        cpu: 500m\n',
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'resources omitted',
      podSpec: 'containers:\n  - name: app\n    image: nginx:1.25\n',
      errors: [{ line: 2, messageId: 'missing' }],
    }),
    ...invalidForEveryWorkload({
      name: 'only memory requested',
      podSpec: [
        'initContainers:',
        '  - name: init',
        'containers:',
        '  - name: app',
        '    resources:',
        '      requests:',
        '        memory: 128Mi',
      ].join('\n'),
      errors: [
        { line: 2, messageId: 'missing' },
        { line: 6, messageId: 'missing' },
      ],
    }),
    {
      name: 'Pod: path of the missing quantity',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n',
      errors: [{ line: 6, path: 'spec.containers[0].resources.requests.cpu' }],
    },
  ],
});
