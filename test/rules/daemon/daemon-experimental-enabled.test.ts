import { daemonExperimentalEnabled } from '../../../src/rules/daemon/daemon-experimental-enabled.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonExperimentalEnabled, {
  valid: [
    { name: 'experimental omitted (default false)', json: '{\n  "icc": false\n}\n' },
    { name: 'experimental false', json: '{\n  "experimental": false\n}\n' },
    { name: 'live daemon without the flag', flags: ['dockerd'] },
  ],
  invalid: [
    {
      name: 'experimental true',
      json: '{\n  "icc": false,\n  "experimental": true\n}\n',
      errors: [
        {
          messageId: 'set',
          line: 3,
          path: 'experimental',
          message: 'experimental features are on ("experimental": true)',
        },
      ],
    },
    {
      name: 'flag --experimental',
      flags: ['dockerd', '--experimental'],
      errors: [{ messageId: 'set', line: 1, column: 9, path: 'experimental', file: 'dockerd' }],
    },
  ],
});
