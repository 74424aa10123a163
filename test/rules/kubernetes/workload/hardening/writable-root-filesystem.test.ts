import { writableRootFilesystem } from '../../../../../src/rules/kubernetes/workload/hardening/writable-root-filesystem.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

ruleTester(writableRootFilesystem, {
  valid: [
    ...validForEveryWorkload({
      name: 'read-only root in every container group',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {readOnlyRootFilesystem: true}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      readOnlyRootFilesystem: true',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext: {readOnlyRootFilesystem: true}',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'Windows pod, field omitted',
      podSpec:
        'os:\n  name: windows\ncontainers:\n  - name: app\n    image: mcr.microsoft.com/windows/nanoserver:ltsc2022\n',
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'securityContext omitted',
      podSpec: 'containers:\n  - name: app\n    image: nginx:1.25\n',
      errors: [{ line: 2, messageId: 'notSet' }],
    }),
    ...invalidForEveryWorkload({
      name: 'field omitted inside securityContext',
      podSpec: 'containers:\n  - name: app\n    securityContext:\n      runAsNonRoot: true\n',
      errors: [{ line: 3, messageId: 'notSet' }],
    }),
    ...invalidForEveryWorkload({
      name: 'readOnlyRootFilesystem false',
      podSpec: 'containers:\n  - name: app\n    securityContext:\n      readOnlyRootFilesystem: false\n',
      errors: [{ line: 4, messageId: 'disabled' }],
    }),
    ...invalidForEveryWorkload({
      name: 'init and ephemeral containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        'containers:',
        '  - name: app',
        '    securityContext: {readOnlyRootFilesystem: true}',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext: {readOnlyRootFilesystem: false}',
      ].join('\n'),
      errors: [
        { line: 2, messageId: 'notSet' },
        { line: 8, messageId: 'disabled' },
      ],
    }),
    {
      name: 'Pod: path of the missing field',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n',
      errors: [
        {
          line: 6,
          messageId: 'notSet',
          path: 'spec.containers[0].securityContext.readOnlyRootFilesystem',
        },
      ],
    },
  ],
});
