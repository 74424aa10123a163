import { containerHostIpc } from '../../../src/rules/container/container-host-ipc.js';
import { ruleTester } from '../../support/rule-tester.js';
import { hardenedRun, inspect, script } from './utils/cases.js';

ruleTester(containerHostIpc, {
  valid: [
    { name: 'option omitted', kind: 'script', code: script(hardenedRun()) },
    { name: 'own namespace', kind: 'script', code: script(hardenedRun('--ipc=container:other')) },
    { name: 'decided by a variable', kind: 'script', code: script(hardenedRun('--ipc "$MODE"')) },
    { name: 'engine: not the host', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'run line',
      kind: 'script',
      code: script('docker run --ipc=host alpine'),
      errors: [{ line: 1, column: 12, messageId: 'hostNamespace', path: '--ipc' }],
    },
    {
      name: 'engine',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { IpcMode: 'host' } }),
      errors: [{ line: 1, path: 'HostConfig.IpcMode' }],
    },
  ],
});
