import { containerHostNetwork } from '../../../src/rules/container/container-host-network.js';
import { ruleTester } from '../../support/rule-tester.js';
import { hardenedRun, inspect, script } from './utils/cases.js';

ruleTester(containerHostNetwork, {
  valid: [
    { name: 'option omitted', kind: 'script', code: script(hardenedRun()) },
    { name: 'own namespace', kind: 'script', code: script(hardenedRun('--network=container:other')) },
    { name: 'decided by a variable', kind: 'script', code: script(hardenedRun('--network "$MODE"')) },
    { name: 'engine: not the host', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'run line',
      kind: 'script',
      code: script('docker run --net=host alpine'),
      errors: [{ line: 1, column: 12, messageId: 'hostNamespace', path: '--network' }],
    },
    {
      name: 'engine',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { NetworkMode: 'host' } }),
      errors: [{ line: 1, path: 'HostConfig.NetworkMode' }],
    },
  ],
});
