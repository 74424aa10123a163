import { containerDefaultBridge } from '../../../src/rules/container/container-default-bridge.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerDefaultBridge, {
  valid: [
    { name: 'run line: not judged', kind: 'script', code: script('docker run nginx') },
    {
      name: 'run line: explicit bridge not judged',
      kind: 'script',
      code: script('docker run --network bridge nginx'),
    },
    { name: 'engine: user-defined network', kind: 'container-inspect', code: inspect() },
    {
      name: 'engine: host network',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { NetworkMode: 'host' } }),
    },
  ],
  invalid: [
    {
      name: 'engine: default',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { NetworkMode: 'default' } }),
      errors: [{ line: 1, messageId: 'defaultBridge', path: 'HostConfig.NetworkMode' }],
    },
    {
      name: 'engine: bridge',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { NetworkMode: 'bridge' } }),
      errors: [{ line: 1, path: 'HostConfig.NetworkMode' }],
    },
  ],
});
