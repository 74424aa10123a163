import { daemonIccEnabled } from '../../../src/rules/daemon/daemon-icc-enabled.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonIccEnabled, {
  valid: [
    { name: 'icc false in daemon.json', json: '{\n  "icc": false\n}\n' },
    { name: 'icc false as a flag', flags: ['dockerd', '--icc=false'] },
    { name: 'flag off, file silent', flags: ['dockerd', '--icc=0'], json: '{\n  "live-restore": true\n}\n' },
  ],
  invalid: [
    {
      name: 'icc true in daemon.json',
      json: '{\n  "live-restore": true,\n  "icc": true\n}\n',
      errors: [
        {
          messageId: 'set',
          line: 3,
          path: 'icc',
          column: 3,
          message:
            'inter-container communication is on ("icc": true): containers on the default bridge reach each other on any port',
        },
      ],
    },
    {
      name: 'icc omitted: the default is true',
      json: '{\n  "live-restore": true\n}\n',
      errors: [
        {
          messageId: 'defaulted',
          line: 1,
          path: 'icc',
          message:
            "icc is not false: daemon.json does not set it, so dockerd's default (true) lets containers on the default bridge reach each other on any port",
        },
      ],
    },
    { name: 'empty daemon.json', json: '', errors: [{ messageId: 'defaulted', line: 1, path: 'icc' }] },
    {
      name: 'live daemon without the flag',
      flags: ['/usr/bin/dockerd', '-H', 'fd://'],
      errors: [
        {
          messageId: 'defaulted',
          line: 1,
          column: 1,
          path: 'icc',
          file: 'dockerd',
          message:
            "icc is not false: neither a dockerd flag nor daemon.json sets it, so dockerd's default (true) lets containers on the default bridge reach each other on any port",
        },
      ],
    },
    {
      name: 'live daemon with --icc (true)',
      flags: ['dockerd', '-H', 'fd://', '--icc'],
      errors: [{ messageId: 'set', line: 1, column: 18, path: 'icc', file: 'dockerd' }],
    },
    {
      name: 'live daemon, file sets icc true',
      flags: ['dockerd'],
      json: '{\n  "icc": true\n}\n',
      errors: [{ messageId: 'set', line: 2, path: 'icc', file: 'daemon.json' }],
    },
  ],
});
