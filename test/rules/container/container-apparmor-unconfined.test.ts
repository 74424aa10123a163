import { containerApparmorUnconfined } from '../../../src/rules/container/container-apparmor-unconfined.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerApparmorUnconfined, {
  valid: [
    { name: 'default profile', kind: 'script', code: script('docker run nginx') },
    {
      name: 'custom profile',
      kind: 'script',
      code: script('docker run --security-opt apparmor=my-profile nginx'),
    },
    { name: 'engine: docker-default', kind: 'container-inspect', code: inspect() },
    {
      name: 'engine: host without AppArmor',
      kind: 'container-inspect',
      code: inspect({ top: { AppArmorProfile: '' } }),
    },
  ],
  invalid: [
    {
      name: 'unconfined',
      kind: 'script',
      code: script('docker run --security-opt apparmor=unconfined nginx'),
      errors: [{ line: 1, column: 12, messageId: 'unconfined', path: '--security-opt' }],
    },
    {
      name: 'engine: reported unconfined',
      kind: 'container-inspect',
      code: inspect({ top: { AppArmorProfile: 'unconfined' } }),
      errors: [{ line: 1, path: 'AppArmorProfile' }],
    },
  ],
});
