import { daemonLogLevel } from '../../../src/rules/daemon/daemon-log-level.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonLogLevel, {
  valid: [
    { name: 'log-level omitted (default info)', json: '{\n  "icc": false\n}\n' },
    { name: 'log-level info', json: '{\n  "log-level": "info"\n}\n' },
    { name: 'log-level INFO (case-insensitive)', json: '{\n  "log-level": "INFO"\n}\n' },
    { name: 'debug false', json: '{\n  "debug": false\n}\n' },
    { name: 'flag -l info', flags: ['dockerd', '-l', 'info'] },
    { name: 'no flags', flags: ['dockerd'] },
  ],
  invalid: [
    {
      name: 'log-level debug',
      json: '{\n  "icc": false,\n  "log-level": "debug"\n}\n',
      errors: [
        {
          messageId: 'level',
          line: 3,
          path: 'log-level',
          message: 'the daemon logs at level "debug" ("log-level": "debug") instead of info',
        },
      ],
    },
    {
      name: 'log-level warn',
      json: '{\n  "log-level": "warn"\n}\n',
      errors: [{ messageId: 'level', line: 2, path: 'log-level' }],
    },
    {
      name: 'debug true',
      json: '{\n  "debug": true\n}\n',
      errors: [{ messageId: 'debug', line: 2, path: 'debug' }],
    },
    {
      name: 'flags -D and --log-level=error',
      flags: ['dockerd', '-D', '--log-level=error'],
      errors: [
        {
          messageId: 'level',
          line: 1,
          column: 12,
          path: 'log-level',
          message: 'the daemon logs at level "error" (--log-level=error) instead of info',
        },
        { messageId: 'debug', line: 1, column: 9, path: 'debug' },
      ],
    },
  ],
});
