import { containerDangerousCapabilities } from '../../../src/rules/container/container-dangerous-capabilities.js';
import { ruleTester } from '../../support/rule-tester.js';
import { hardenedRun, inspect, script } from './utils/cases.js';

ruleTester(containerDangerousCapabilities, {
  valid: [
    { name: 'no capability added', kind: 'script', code: script(hardenedRun()) },
    { name: 'harmless capability', kind: 'script', code: script(hardenedRun('--cap-add NET_BIND_SERVICE')) },
    { name: 'dropped, not added', kind: 'script', code: script(hardenedRun('--cap-drop SYS_ADMIN')) },
    { name: 'decided by a variable', kind: 'script', code: script(hardenedRun('--cap-add "$CAP"')) },
    { name: 'engine: CapAdd null', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'SYS_ADMIN is critical, NET_ADMIN high',
      kind: 'script',
      code: script('docker run --cap-add=SYS_ADMIN --cap-add cap_net_admin alpine'),
      errors: [
        { line: 1, column: 12, messageId: 'added', path: '--cap-add' },
        { line: 1, column: 32, messageId: 'added', path: '--cap-add' },
      ],
    },
    {
      name: 'engine: CapAdd',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { CapAdd: ['CAP_SYS_PTRACE'] } }),
      errors: [{ line: 1, path: 'HostConfig.CapAdd[0]' }],
    },
  ],
});
