import { daemonUsernsRemapMissing } from '../../../src/rules/daemon/daemon-userns-remap-missing.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonUsernsRemapMissing, {
  valid: [
    { name: 'userns-remap default', json: '{\n  "userns-remap": "default"\n}\n' },
    { name: 'userns-remap names a user', json: '{\n  "userns-remap": "remapper:remapper"\n}\n' },
    { name: 'flag --userns-remap=default', flags: ['dockerd', '--userns-remap=default'] },
  ],
  invalid: [
    {
      name: 'userns-remap omitted',
      json: '{\n  "icc": false\n}\n',
      errors: [
        {
          messageId: 'missing',
          line: 1,
          path: 'userns-remap',
          message:
            'user namespace remapping is off: daemon.json does not set it, so root in a container is root on the host',
        },
      ],
    },
    {
      name: 'userns-remap empty',
      json: '{\n  "icc": false,\n  "userns-remap": ""\n}\n',
      errors: [{ messageId: 'empty', line: 3, path: 'userns-remap' }],
    },
    {
      name: 'live daemon without the flag',
      flags: ['dockerd', '--icc=false'],
      errors: [{ messageId: 'missing', line: 1, column: 1, path: 'userns-remap', file: 'dockerd' }],
    },
  ],
});
