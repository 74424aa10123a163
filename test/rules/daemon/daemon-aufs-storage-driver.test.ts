import { daemonAufsStorageDriver } from '../../../src/rules/daemon/daemon-aufs-storage-driver.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonAufsStorageDriver, {
  valid: [
    { name: 'storage-driver omitted', json: '{\n  "icc": false\n}\n' },
    { name: 'overlay2', json: '{\n  "storage-driver": "overlay2"\n}\n' },
    { name: 'flag -s overlay2', flags: ['dockerd', '-s', 'overlay2'] },
  ],
  invalid: [
    {
      name: 'aufs in daemon.json',
      json: '{\n  "storage-driver": "aufs"\n}\n',
      errors: [
        {
          messageId: 'aufs',
          line: 2,
          path: 'storage-driver',
          message:
            'the storage driver is aufs ("storage-driver": "aufs"), which is unmaintained and removed from current Docker releases',
        },
      ],
    },
    {
      name: 'flag -saufs',
      flags: ['dockerd', '-saufs'],
      errors: [{ messageId: 'aufs', line: 1, column: 9, path: 'storage-driver', file: 'dockerd' }],
    },
  ],
});
