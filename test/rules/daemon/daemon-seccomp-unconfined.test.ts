import { daemonSeccompUnconfined } from '../../../src/rules/daemon/daemon-seccomp-unconfined.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonSeccompUnconfined, {
  valid: [
    { name: 'seccomp-profile omitted (builtin)', json: '{\n  "icc": false\n}\n' },
    { name: 'builtin', json: '{\n  "seccomp-profile": "builtin"\n}\n' },
    { name: 'a profile file', json: '{\n  "seccomp-profile": "/etc/docker/seccomp.json"\n}\n' },
    { name: 'live daemon without the flag', flags: ['dockerd'] },
  ],
  invalid: [
    {
      name: 'unconfined in daemon.json',
      json: '{\n  "icc": false,\n  "seccomp-profile": "unconfined"\n}\n',
      errors: [
        {
          messageId: 'unconfined',
          line: 3,
          path: 'seccomp-profile',
          severity: 'high',
          message:
            'the default seccomp profile is disabled ("seccomp-profile": "unconfined"): containers may call every system call',
        },
      ],
    },
    {
      name: 'flag --seccomp-profile unconfined',
      flags: ['dockerd', '--seccomp-profile', 'unconfined'],
      errors: [{ messageId: 'unconfined', line: 1, column: 9, path: 'seccomp-profile', file: 'dockerd' }],
    },
  ],
});
