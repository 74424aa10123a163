import { containerHostPid } from '../../../src/rules/container/container-host-pid.js';
import { ruleTester } from '../../support/rule-tester.js';
import { hardenedRun, inspect, script } from './utils/cases.js';

ruleTester(containerHostPid, {
  valid: [
    { name: 'option omitted', kind: 'script', code: script(hardenedRun()) },
    { name: 'own namespace', kind: 'script', code: script(hardenedRun('--pid=container:other')) },
    { name: 'decided by a variable', kind: 'script', code: script(hardenedRun('--pid "$MODE"')) },
    { name: 'engine: not the host', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'run line',
      kind: 'script',
      code: script('docker run --pid host alpine'),
      errors: [{ line: 1, column: 12, messageId: 'hostNamespace', path: '--pid' }],
    },
    {
      name: 'engine',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { PidMode: 'host' } }),
      errors: [{ line: 1, path: 'HostConfig.PidMode' }],
    },
  ],
});
