import { imageLatestTag } from '../../../../../src/rules/kubernetes/workload/hardening/image-latest-tag.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

const digest = `sha256:${'4f'.repeat(32)}`;

ruleTester(imageLatestTag, {
  valid: [
    ...validForEveryWorkload({
      name: 'version tags and digests',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    image: busybox:1.36',
        'containers:',
        '  - name: app',
        `    image: registry.example.com/team/app@${digest}`,
        '  - name: pinned-latest',
        `    image: nginx:latest@${digest}`,
        '  - name: registry-port',
        '    image: localhost:5000/app:2.1',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'image omitted or left to templating',
      podSpec: 'containers:\n  - name: app\n  - name: templated\n    image: ${IMAGE}\n',
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'latest tag',
      podSpec: 'containers:\n  - name: app\n    image: nginx:latest\n',
      errors: [{ line: 3, messageId: 'latest' }],
    }),
    ...invalidForEveryWorkload({
      name: 'no tag in every container group',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    image: busybox',
        'containers:',
        '  - name: app',
        '    image: localhost:5000/app',
        'ephemeralContainers:',
        '  - name: debug',
        '    image: ghcr.io/org/debug:latest',
      ].join('\n'),
      errors: [
        { line: 3, messageId: 'untagged' },
        { line: 6, messageId: 'untagged' },
        { line: 9, messageId: 'latest' },
      ],
    }),
    {
      name: 'Pod: path of the image',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n      image: nginx\n',
      errors: [{ line: 7, messageId: 'untagged', path: 'spec.containers[0].image' }],
    },
  ],
});
