import { missingMemoryRequest } from '../../../../../src/rules/kubernetes/workload/hardening/missing-memory-request.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

ruleTester(missingMemoryRequest, {
  valid: [
    ...validForEveryWorkload({
      name: 'memory request on regular and init containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    resources: {requests: {memory: 32Mi}}',
        'containers:',
        '  - name: app',
        '    resources:',
        '      requests:',
        '        memory: 128Mi',
        'ephemeralContainers:',
        '  - name: debug',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'a memory limit alone becomes the request',
      podSpec: 'containers:\n  - name: app\n    resources:\n      limits:\n        memory: 256Mi\n',
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'resources omitted',
      podSpec: 'containers:\n  - name: app\n    image: nginx:1.25\n',
      errors: [{ line: 2, messageId: 'missing' }],
    }),
    ...invalidForEveryWorkload({
      name: 'only CPU requested and limited',
      podSpec: [
        'containers:',
        '  - name: app',
        '    resources:',
        '      requests: {cpu: 100m}',
        '      limits: {cpu: 200m}',
      ].join('\n'),
      errors: [{ line: 4, messageId: 'missing' }],
    }),
    {
      name: 'Pod: path of the missing quantity',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  initContainers:\n    - name: init\n  containers:\n    - name: app\n      resources: {requests: {memory: 1Gi}}\n',
      errors: [{ line: 6, path: 'spec.initContainers[0].resources.requests.memory' }],
    },
  ],
});
