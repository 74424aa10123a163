import { daemonAuthorizationPluginMissing } from '../../../src/rules/daemon/daemon-authorization-plugin-missing.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonAuthorizationPluginMissing, {
  valid: [
    { name: 'a plugin in daemon.json', json: '{\n  "authorization-plugins": ["opa-docker-authz"]\n}\n' },
    { name: 'flag --authorization-plugin', flags: ['dockerd', '--authorization-plugin=authz-broker'] },
  ],
  invalid: [
    {
      name: 'authorization-plugins omitted',
      json: '{\n  "icc": false\n}\n',
      errors: [
        {
          messageId: 'missing',
          line: 1,
          path: 'authorization-plugins',
          message:
            'no authorization plugin: daemon.json does not set it, so every API client may call every endpoint',
        },
      ],
    },
    {
      name: 'authorization-plugins empty',
      json: '{\n  "icc": false,\n  "authorization-plugins": []\n}\n',
      errors: [{ messageId: 'missing', line: 3, path: 'authorization-plugins' }],
    },
    {
      name: 'live daemon without the flag',
      flags: ['dockerd'],
      errors: [{ messageId: 'missing', line: 1, path: 'authorization-plugins', file: 'dockerd' }],
    },
  ],
});
