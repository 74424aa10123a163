import { daemonBaseDeviceSizeChanged } from '../../../src/rules/daemon/daemon-base-device-size-changed.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonBaseDeviceSizeChanged, {
  valid: [
    { name: 'storage-opts omitted', json: '{\n  "icc": false\n}\n' },
    { name: 'other storage options', json: '{\n  "storage-opts": ["overlay2.size=10G"]\n}\n' },
    {
      name: 'flag with another option',
      flags: ['dockerd', '--storage-opt', 'dm.thinpooldev=/dev/mapper/thin'],
    },
  ],
  invalid: [
    {
      name: 'dm.basesize in storage-opts',
      json: '{\n  "storage-opts": [\n    "dm.thinpooldev=/dev/mapper/thin",\n    "dm.basesize=50G"\n  ]\n}\n',
      errors: [
        {
          messageId: 'changed',
          line: 4,
          path: 'storage-opts[1]',
          message: 'the base device size is set to 50G: every container can grow to that size',
        },
      ],
    },
    {
      name: 'flag --storage-opt dm.basesize',
      flags: ['dockerd', '--storage-opt=dm.basesize=20G'],
      errors: [{ messageId: 'changed', line: 1, column: 9, path: 'storage-opts[0]' }],
    },
  ],
});
