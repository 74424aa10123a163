import { containerHostUserns } from '../../../src/rules/container/container-host-userns.js';
import { ruleTester } from '../../support/rule-tester.js';
import { hardenedRun, inspect, script } from './utils/cases.js';

ruleTester(containerHostUserns, {
  valid: [
    { name: 'option omitted', kind: 'script', code: script(hardenedRun()) },
    { name: 'own namespace', kind: 'script', code: script(hardenedRun('--userns=container:other')) },
    { name: 'decided by a variable', kind: 'script', code: script(hardenedRun('--userns "$MODE"')) },
    { name: 'engine: not the host', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'run line',
      kind: 'script',
      code: script('docker run --userns=host alpine'),
      errors: [{ line: 1, column: 12, messageId: 'hostNamespace', path: '--userns' }],
    },
    {
      name: 'engine',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { UsernsMode: 'host' } }),
      errors: [{ line: 1, path: 'HostConfig.UsernsMode' }],
    },
  ],
});
