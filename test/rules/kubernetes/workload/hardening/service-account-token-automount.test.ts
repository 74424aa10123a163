import { serviceAccountTokenAutomount } from '../../../../../src/rules/kubernetes/workload/hardening/service-account-token-automount.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

ruleTester(serviceAccountTokenAutomount, {
  valid: [
    ...validForEveryWorkload({
      name: 'automount disabled',
      podSpec: 'automountServiceAccountToken: false\ncontainers:\n  - name: app\n',
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'field omitted (line 0 is the pod spec key)',
      podSpec: 'containers:\n  - name: app\n',
      errors: [{ line: 0, messageId: 'notDisabled' }],
    }),
    ...invalidForEveryWorkload({
      name: 'automount true',
      podSpec:
        'serviceAccountName: api-reader\nautomountServiceAccountToken: true\ncontainers:\n  - name: app\n',
      errors: [{ line: 2, messageId: 'enabled' }],
    }),
    {
      name: 'Deployment: path of the missing field',
      code: [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: a}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: app',
        '',
      ].join('\n'),
      errors: [
        { line: 6, messageId: 'notDisabled', path: 'spec.template.spec.automountServiceAccountToken' },
      ],
    },
  ],
});
