import { daemonIptablesDisabled } from '../../../src/rules/daemon/daemon-iptables-disabled.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonIptablesDisabled, {
  valid: [
    { name: 'iptables omitted (default true)', json: '{\n  "icc": false\n}\n' },
    { name: 'iptables true', json: '{\n  "iptables": true\n}\n' },
    { name: 'live daemon without the flag', flags: ['dockerd'] },
    { name: 'flag --iptables=true', flags: ['dockerd', '--iptables=true'] },
  ],
  invalid: [
    {
      name: 'iptables false in daemon.json',
      json: '{\n  "icc": false,\n  "iptables": false\n}\n',
      errors: [
        {
          messageId: 'set',
          line: 3,
          path: 'iptables',
          message:
            'iptables management is off ("iptables": false): dockerd no longer isolates networks or scopes published ports',
        },
      ],
    },
    {
      name: 'flag --iptables=false',
      flags: ['dockerd', '--iptables=false'],
      errors: [{ messageId: 'set', line: 1, column: 9, path: 'iptables', file: 'dockerd' }],
    },
  ],
});
