import { imageNotPinnedByDigest } from '../../../../../src/rules/kubernetes/workload/hardening/image-not-pinned-by-digest.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

const digest = `sha256:${'a1'.repeat(32)}`;

ruleTester(imageNotPinnedByDigest, {
  valid: [
    ...validForEveryWorkload({
      name: 'every image pinned',
      podSpec: [
        'initContainers:',
        '  - name: init',
        `    image: busybox@${digest}`,
        'containers:',
        '  - name: app',
        `    image: registry.example.com/app:1.4.2@${digest}`,
        'ephemeralContainers:',
        '  - name: debug',
        `    image: ghcr.io/org/debug@${digest}`,
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'image omitted',
      podSpec: 'containers:\n  - name: app\n',
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'version tag',
      podSpec: 'containers:\n  - name: app\n    image: nginx:1.25.3\n',
      errors: [{ line: 3, messageId: 'notPinned' }],
    }),
    ...invalidForEveryWorkload({
      name: 'untagged and latest in init and ephemeral containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    image: busybox',
        'containers:',
        '  - name: app',
        `    image: app@${digest}`,
        'ephemeralContainers:',
        '  - name: debug',
        '    image: busybox:latest',
      ].join('\n'),
      errors: [
        { line: 3, messageId: 'notPinned' },
        { line: 9, messageId: 'notPinned' },
      ],
    }),
    {
      name: 'Pod: path of the image',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.25\n',
      errors: [{ line: 7, messageId: 'notPinned', path: 'spec.containers[0].image' }],
    },
  ],
});
