import { containerHealthcheck } from '../../../src/rules/container/container-healthcheck.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerHealthcheck, {
  valid: [
    { name: 'omitted: the image may have one', kind: 'script', code: script('docker run nginx') },
    {
      name: 'health command',
      kind: 'script',
      code: script("docker run --health-cmd 'curl -f localhost' nginx"),
    },
    { name: 'engine: healthy', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'disabled',
      kind: 'script',
      code: script('docker run --no-healthcheck nginx'),
      errors: [{ line: 1, column: 12, messageId: 'disabled', path: '--no-healthcheck' }],
    },
    {
      name: 'engine: none',
      kind: 'container-inspect',
      code: inspect({ Config: { Healthcheck: null } }),
      errors: [{ line: 1, messageId: 'none' }],
    },
    {
      name: 'engine: disabled',
      kind: 'container-inspect',
      code: inspect({ Config: { Healthcheck: { Test: ['NONE'] } } }),
      errors: [{ line: 1, messageId: 'disabled', path: 'Config.Healthcheck.Test' }],
    },
    {
      name: 'engine: unhealthy',
      kind: 'container-inspect',
      code: inspect({ State: { Health: { Status: 'unhealthy', FailingStreak: 4, Log: [] } } }),
      errors: [{ line: 1, messageId: 'unhealthy', path: 'State.Health.Status' }],
    },
  ],
});
