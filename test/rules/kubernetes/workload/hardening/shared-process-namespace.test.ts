import { sharedProcessNamespace } from '../../../../../src/rules/kubernetes/workload/hardening/shared-process-namespace.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

ruleTester(sharedProcessNamespace, {
  valid: [
    ...validForEveryWorkload({ name: 'field omitted', podSpec: 'containers:\n  - name: app\n' }),
    ...validForEveryWorkload({
      name: 'shareProcessNamespace false',
      podSpec: 'shareProcessNamespace: false\ncontainers:\n  - name: app\n',
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'shareProcessNamespace true',
      podSpec: 'containers:\n  - name: app\n  - name: sidecar\nshareProcessNamespace: true\n',
      errors: [{ line: 4, messageId: 'shared' }],
    }),
    {
      name: 'Pod: path of the field',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  shareProcessNamespace: true\n  containers:\n    - name: app\n',
      errors: [{ line: 5, messageId: 'shared', path: 'spec.shareProcessNamespace' }],
    },
  ],
});
