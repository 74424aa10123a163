import { daemonDefaultUlimitUnset } from '../../../src/rules/daemon/daemon-default-ulimit-unset.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonDefaultUlimitUnset, {
  valid: [
    {
      name: 'nofile set in daemon.json',
      json: '{\n  "default-ulimits": {\n    "nofile": { "Name": "nofile", "Soft": 1024, "Hard": 4096 }\n  }\n}\n',
    },
    { name: 'flag --default-ulimit', flags: ['dockerd', '--default-ulimit', 'nproc=512:1024'] },
  ],
  invalid: [
    {
      name: 'default-ulimits omitted',
      json: '{\n  "icc": false\n}\n',
      errors: [
        {
          messageId: 'unset',
          line: 1,
          path: 'default-ulimits',
          severity: 'info',
          message:
            'no default ulimits for containers: daemon.json does not set it, so containers inherit the limits of the dockerd process',
        },
      ],
    },
    {
      name: 'default-ulimits empty',
      json: '{\n  "icc": false,\n  "default-ulimits": {}\n}\n',
      errors: [{ messageId: 'unset', line: 3, path: 'default-ulimits' }],
    },
    {
      name: 'live daemon without the flag',
      flags: ['dockerd'],
      errors: [{ messageId: 'unset', line: 1, path: 'default-ulimits', file: 'dockerd' }],
    },
  ],
});
