import { containerUlimitOverride } from '../../../src/rules/container/container-ulimit-override.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerUlimitOverride, {
  valid: [
    { name: 'daemon defaults', kind: 'script', code: script('docker run nginx') },
    { name: 'variable', kind: 'script', code: script('docker run --ulimit "$LIMIT" nginx') },
    { name: 'engine: Ulimits null', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'nofile',
      kind: 'script',
      code: script('docker run --ulimit nofile=65536:65536 nginx'),
      errors: [{ line: 1, column: 12, messageId: 'override', path: '--ulimit' }],
    },
    {
      name: 'engine',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { Ulimits: [{ Name: 'nproc', Soft: 4096, Hard: 8192 }] } }),
      errors: [{ line: 1, path: 'HostConfig.Ulimits[0]' }],
    },
  ],
});
