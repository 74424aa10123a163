import { daemonNoNewPrivilegesMissing } from '../../../src/rules/daemon/daemon-no-new-privileges-missing.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonNoNewPrivilegesMissing, {
  valid: [
    { name: 'no-new-privileges true', json: '{\n  "no-new-privileges": true\n}\n' },
    { name: 'flag --no-new-privileges', flags: ['dockerd', '--no-new-privileges'] },
  ],
  invalid: [
    {
      name: 'no-new-privileges omitted',
      json: '{\n  "icc": false\n}\n',
      errors: [
        {
          messageId: 'defaulted',
          line: 1,
          path: 'no-new-privileges',
          message:
            "no-new-privileges is not on: daemon.json does not set it, so by dockerd's default (false) containers may gain privileges through setuid binaries",
        },
      ],
    },
    {
      name: 'no-new-privileges false',
      json: '{\n  "icc": false,\n  "no-new-privileges": false\n}\n',
      errors: [{ messageId: 'set', line: 3, path: 'no-new-privileges' }],
    },
    {
      name: 'flag =false',
      flags: ['dockerd', '--no-new-privileges=false'],
      errors: [{ messageId: 'set', line: 1, column: 9, path: 'no-new-privileges', file: 'dockerd' }],
    },
    {
      name: 'live daemon without the flag',
      flags: ['dockerd'],
      errors: [{ messageId: 'defaulted', line: 1, path: 'no-new-privileges' }],
    },
  ],
});
