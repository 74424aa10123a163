import { containerHostUts } from '../../../src/rules/container/container-host-uts.js';
import { ruleTester } from '../../support/rule-tester.js';
import { hardenedRun, inspect, script } from './utils/cases.js';

ruleTester(containerHostUts, {
  valid: [
    { name: 'option omitted', kind: 'script', code: script(hardenedRun()) },
    { name: 'own namespace', kind: 'script', code: script(hardenedRun('--uts=container:other')) },
    { name: 'decided by a variable', kind: 'script', code: script(hardenedRun('--uts "$MODE"')) },
    { name: 'engine: not the host', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'run line',
      kind: 'script',
      code: script('docker run --uts host alpine'),
      errors: [{ line: 1, column: 12, messageId: 'hostNamespace', path: '--uts' }],
    },
    {
      name: 'engine',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { UTSMode: 'host' } }),
      errors: [{ line: 1, path: 'HostConfig.UTSMode' }],
    },
  ],
});
