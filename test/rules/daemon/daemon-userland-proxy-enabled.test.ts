import { daemonUserlandProxyEnabled } from '../../../src/rules/daemon/daemon-userland-proxy-enabled.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonUserlandProxyEnabled, {
  valid: [
    { name: 'userland-proxy false', json: '{\n  "userland-proxy": false\n}\n' },
    { name: 'flag --userland-proxy=false', flags: ['dockerd', '--userland-proxy=false'] },
  ],
  invalid: [
    {
      name: 'userland-proxy omitted',
      json: '{\n  "icc": false\n}\n',
      errors: [
        {
          messageId: 'defaulted',
          line: 1,
          path: 'userland-proxy',
          message:
            "the userland proxy is on: daemon.json does not set it, so by dockerd's default (true) a docker-proxy process listens for every published port",
        },
      ],
    },
    {
      name: 'userland-proxy true',
      json: '{\n  "icc": false,\n  "userland-proxy": true\n}\n',
      errors: [{ messageId: 'set', line: 3, path: 'userland-proxy' }],
    },
    {
      name: 'live daemon without the flag',
      flags: ['dockerd'],
      errors: [{ messageId: 'defaulted', line: 1, path: 'userland-proxy', file: 'dockerd' }],
    },
  ],
});
