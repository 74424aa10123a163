import { imagePullPolicyNotAlways } from '../../../../../src/rules/kubernetes/workload/hardening/image-pull-policy-not-always.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

const digest = `sha256:${'9c'.repeat(32)}`;

ruleTester(imagePullPolicyNotAlways, {
  valid: [
    ...validForEveryWorkload({
      name: 'Always set, or defaulted to Always for latest and untagged images',
      podSpec: [
        'containers:',
        '  - name: pinned-tag',
        '    image: nginx:1.25',
        '    imagePullPolicy: Always',
        '  - name: untagged',
        '    image: nginx',
        '  - name: latest',
        '    image: nginx:latest',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'digest-pinned images accept any policy',
      podSpec: [
        'containers:',
        '  - name: app',
        `    image: nginx@${digest}`,
        '    imagePullPolicy: IfNotPresent',
        '  - name: defaulted',
        `    image: nginx:1.25@${digest}`,
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'image omitted',
      podSpec: 'containers:\n  - name: app\n    imagePullPolicy: Never\n',
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'version tag, policy omitted',
      podSpec: 'containers:\n  - name: app\n    image: nginx:1.25\n',
      errors: [{ line: 2, messageId: 'defaulted' }],
    }),
    ...invalidForEveryWorkload({
      name: 'latest tag with IfNotPresent, untagged with Never',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    image: busybox',
        '    imagePullPolicy: Never',
        'containers:',
        '  - name: app',
        '    image: nginx:latest',
        '    imagePullPolicy: IfNotPresent',
        'ephemeralContainers:',
        '  - name: debug',
        '    image: busybox:1.36',
      ].join('\n'),
      errors: [
        { line: 4, messageId: 'explicit' },
        { line: 8, messageId: 'explicit' },
        { line: 10, messageId: 'defaulted' },
      ],
    }),
    {
      name: 'Pod: path of the policy',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.25\n',
      errors: [{ line: 6, messageId: 'defaulted', path: 'spec.containers[0].imagePullPolicy' }],
    },
  ],
});
