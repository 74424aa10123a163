import { containerSelinuxDisabled } from '../../../src/rules/container/container-selinux-disabled.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerSelinuxDisabled, {
  valid: [
    { name: 'default labels', kind: 'script', code: script('docker run nginx') },
    {
      name: 'a label type',
      kind: 'script',
      code: script('docker run --security-opt label=type:svirt_apache_t nginx'),
    },
    { name: 'engine: labels kept', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'label=disable',
      kind: 'script',
      code: script('docker run --security-opt label=disable nginx'),
      errors: [{ line: 1, column: 12, messageId: 'disabled', path: '--security-opt' }],
    },
    {
      name: 'engine: label:disable',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { SecurityOpt: ['label:disable'] } }),
      errors: [{ line: 1, path: 'HostConfig.SecurityOpt[0]' }],
    },
  ],
});
