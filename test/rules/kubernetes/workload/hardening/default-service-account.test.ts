import { defaultServiceAccount } from '../../../../../src/rules/kubernetes/workload/hardening/default-service-account.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

ruleTester(defaultServiceAccount, {
  valid: [
    ...validForEveryWorkload({
      name: 'own service account',
      podSpec: 'serviceAccountName: web\ncontainers:\n  - name: app\n',
    }),
    ...validForEveryWorkload({
      name: 'deprecated serviceAccount field naming its own account',
      podSpec: 'serviceAccount: web\ncontainers:\n  - name: app\n',
    }),
    ...validForEveryWorkload({
      name: 'empty serviceAccountName falls back to serviceAccount',
      podSpec: 'serviceAccountName: ""\nserviceAccount: web\ncontainers:\n  - name: app\n',
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'field omitted (line 0 is the pod spec key)',
      podSpec: 'containers:\n  - name: app\n',
      errors: [{ line: 0, messageId: 'missing' }],
    }),
    ...invalidForEveryWorkload({
      name: 'serviceAccountName default',
      podSpec: 'containers:\n  - name: app\nserviceAccountName: default\n',
      errors: [{ line: 3, messageId: 'explicitDefault' }],
    }),
    ...invalidForEveryWorkload({
      name: 'deprecated serviceAccount default',
      podSpec: 'serviceAccount: default\ncontainers:\n  - name: app\n',
      errors: [{ line: 1, messageId: 'explicitDefault' }],
    }),
    {
      name: 'Pod: path of the missing field',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n',
      errors: [{ line: 4, messageId: 'missing', path: 'spec.serviceAccountName' }],
    },
    {
      name: 'Pod: path of the deprecated field',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  serviceAccount: default\n  containers:\n    - name: app\n',
      errors: [{ line: 5, messageId: 'explicitDefault', path: 'spec.serviceAccount' }],
    },
  ],
});
