import { untrustedImageRegistry } from '../../../../../src/rules/kubernetes/workload/hardening/untrusted-image-registry.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

const trusted = {
  trustedRegistries: ['registry.example.com', 'ghcr.io/acme/', 'docker.io/library', '*.corp.example'],
};

const mixed = [
  'initContainers:',
  '  - name: init',
  '    image: busybox:1.36',
  'containers:',
  '  - name: app',
  '    image: quay.io/acme/app:1.0',
  'ephemeralContainers:',
  '  - name: debug',
  '    image: ghcr.io/acmex/debug:1',
].join('\n');

ruleTester(untrustedImageRegistry, {
  valid: [
    ...validForEveryWorkload({
      name: 'no trusted registries configured',
      podSpec: mixed,
    }),
    ...validForEveryWorkload({
      name: 'every image from a trusted registry',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    image: busybox:1.36',
        'containers:',
        '  - name: app',
        '    image: registry.example.com/shop/app:2.0',
        '  - name: sidecar',
        '    image: ghcr.io/acme/proxy:1',
        '  - name: mirror',
        '    image: mirror.eu.corp.example/tools/x:3',
        '  - name: omitted',
      ].join('\n'),
      settings: trusted,
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'prefix matched on whole path components',
      podSpec: mixed,
      settings: { trustedRegistries: ['docker.io/library', 'ghcr.io/acme'] },
      errors: [
        { line: 6, messageId: 'untrusted' },
        { line: 9, messageId: 'untrusted' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'Docker Hub short names are docker.io',
      podSpec: 'containers:\n  - name: app\n    image: bitnami/redis:7\n  - name: web\n    image: nginx\n',
      settings: { trustedRegistries: ['registry.example.com'] },
      errors: [
        { line: 3, messageId: 'untrusted' },
        { line: 5, messageId: 'untrusted' },
      ],
    }),
    {
      name: 'Pod: path of the image',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n      image: evil.example.net/app:1\n',
      settings: trusted,
      errors: [{ line: 7, messageId: 'untrusted', path: 'spec.containers[0].image' }],
    },
  ],
});
