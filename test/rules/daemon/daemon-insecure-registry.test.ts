import { daemonInsecureRegistry } from '../../../src/rules/daemon/daemon-insecure-registry.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonInsecureRegistry, {
  valid: [
    { name: 'insecure-registries omitted', json: '{\n  "icc": false\n}\n' },
    { name: 'insecure-registries empty', json: '{\n  "insecure-registries": []\n}\n' },
    {
      name: 'live daemon with a mirror only',
      flags: ['dockerd', '--registry-mirror', 'https://mirror.example'],
    },
  ],
  invalid: [
    {
      name: 'two insecure registries, one per line',
      json: '{\n  "insecure-registries": [\n    "registry.local:5000",\n    "10.0.0.0/8"\n  ]\n}\n',
      errors: [
        {
          messageId: 'insecure',
          line: 3,
          path: 'insecure-registries[0]',
          message:
            'registry "registry.local:5000" is marked insecure: images and credentials travel without verified TLS',
        },
        { messageId: 'insecure', line: 4, path: 'insecure-registries[1]' },
      ],
    },
    {
      name: 'repeated --insecure-registry flags',
      flags: ['dockerd', '--insecure-registry', 'a.local', '--insecure-registry=b.local'],
      errors: [
        { messageId: 'insecure', line: 1, column: 9, path: 'insecure-registries[0]', file: 'dockerd' },
        { messageId: 'insecure', line: 1, column: 37, path: 'insecure-registries[1]', file: 'dockerd' },
      ],
    },
  ],
});
