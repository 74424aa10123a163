import { daemonLiveRestoreMissing } from '../../../src/rules/daemon/daemon-live-restore-missing.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonLiveRestoreMissing, {
  valid: [
    { name: 'live-restore true', json: '{\n  "live-restore": true\n}\n' },
    { name: 'flag --live-restore', flags: ['dockerd', '--live-restore'] },
  ],
  invalid: [
    {
      name: 'live-restore omitted',
      json: '{\n  "icc": false\n}\n',
      errors: [
        {
          messageId: 'defaulted',
          line: 1,
          path: 'live-restore',
          message:
            "live restore is off: daemon.json does not set it, so by dockerd's default (false) restarting it stops every container",
        },
      ],
    },
    {
      name: 'live-restore false',
      json: '{\n  "icc": false,\n  "live-restore": false\n}\n',
      errors: [{ messageId: 'set', line: 3, path: 'live-restore' }],
    },
    {
      name: 'flag =f',
      flags: ['dockerd', '--live-restore=f'],
      errors: [{ messageId: 'set', line: 1, column: 9, path: 'live-restore' }],
    },
  ],
});
