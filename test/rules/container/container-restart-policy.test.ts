import { containerRestartPolicy } from '../../../src/rules/container/container-restart-policy.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerRestartPolicy, {
  valid: [
    { name: 'omitted (no restart)', kind: 'script', code: script('docker run nginx') },
    { name: 'on-failure:5', kind: 'script', code: script('docker run --restart on-failure:5 nginx') },
    { name: 'no', kind: 'script', code: script('docker run --restart=no nginx') },
    { name: 'variable', kind: 'script', code: script('docker run --restart "$POLICY" nginx') },
    { name: 'engine: on-failure 5', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'always',
      kind: 'script',
      code: script('docker run --restart always nginx'),
      errors: [{ line: 1, column: 12, messageId: 'forever', path: '--restart' }],
    },
    {
      name: 'on-failure without count',
      kind: 'script',
      code: script('docker run --restart=on-failure nginx'),
      errors: [{ line: 1, messageId: 'unlimited' }],
    },
    {
      name: 'engine: 10 retries',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 10 } } }),
      errors: [{ line: 1, messageId: 'tooMany', path: 'HostConfig.RestartPolicy' }],
    },
    {
      name: 'engine: unless-stopped',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { RestartPolicy: { Name: 'unless-stopped', MaximumRetryCount: 0 } } }),
      errors: [{ line: 1, messageId: 'forever' }],
    },
  ],
});
