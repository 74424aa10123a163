import { containerPidsLimit } from '../../../src/rules/container/container-pids-limit.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerPidsLimit, {
  valid: [
    { name: 'set', kind: 'script', code: script('docker run --pids-limit 100 nginx') },
    { name: 'variable', kind: 'script', code: script('docker run --pids-limit=$PIDS nginx') },
    { name: 'engine: 100', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'omitted',
      kind: 'script',
      code: script('docker run nginx'),
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      name: 'minus one',
      kind: 'script',
      code: script('docker run --pids-limit -1 nginx'),
      errors: [{ line: 1, column: 12, messageId: 'unlimited', path: '--pids-limit' }],
    },
    {
      name: 'engine: null',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { PidsLimit: null } }),
      errors: [{ line: 1, messageId: 'unlimited', path: 'HostConfig.PidsLimit' }],
    },
  ],
});
