import { containerMemoryLimit } from '../../../src/rules/container/container-memory-limit.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerMemoryLimit, {
  valid: [
    { name: 'limit set', kind: 'script', code: script('docker run -m 512m nginx') },
    { name: 'limit with =', kind: 'script', code: script('docker run --memory=1g nginx') },
    { name: 'decided by a variable', kind: 'script', code: script('docker run --memory "$MEM" nginx') },
    {
      name: 'options in a variable may set it',
      kind: 'script',
      code: script('docker run $DOCKER_OPTS nginx'),
    },
    { name: 'engine: limited', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'omitted: reported on the command',
      kind: 'script',
      code: script('set -e', '  docker run --rm nginx'),
      errors: [{ line: 2, column: 3, messageId: 'missing' }],
    },
    {
      name: 'zero',
      kind: 'script',
      code: script('docker run --memory 0 nginx'),
      errors: [{ line: 1, column: 12, messageId: 'unlimited', path: '--memory' }],
    },
    {
      name: 'engine: Memory 0',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { Memory: 0 } }),
      errors: [{ line: 1, messageId: 'unlimited', path: 'HostConfig.Memory' }],
    },
  ],
});
