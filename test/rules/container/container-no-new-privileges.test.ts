import { containerNoNewPrivileges } from '../../../src/rules/container/container-no-new-privileges.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerNoNewPrivileges, {
  valid: [
    { name: 'set', kind: 'script', code: script('docker run --security-opt no-new-privileges nginx') },
    {
      name: 'set to true',
      kind: 'script',
      code: script('docker run --security-opt=no-new-privileges:true nginx'),
    },
    {
      name: 'an option a variable decides',
      kind: 'script',
      code: script('docker run --security-opt "$OPT" nginx'),
    },
    { name: 'engine: set', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'omitted',
      kind: 'script',
      code: script('docker run nginx'),
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      name: 'false',
      kind: 'script',
      code: script('docker run --security-opt no-new-privileges=false nginx'),
      errors: [{ line: 1, column: 12, messageId: 'disabled', path: '--security-opt' }],
    },
    {
      name: 'engine: SecurityOpt null',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { SecurityOpt: null } }),
      errors: [{ line: 1, messageId: 'missing', path: 'HostConfig.SecurityOpt' }],
    },
  ],
});
