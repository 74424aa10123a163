import { kubeletProtectKernelDefaults } from '../../../../src/rules/kubernetes/config/kubelet-protect-kernel-defaults.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletProtectKernelDefaults, {
  valid: [{ name: 'true', code: kubeletConfig('protectKernelDefaults: true') }],
  invalid: [
    {
      name: 'omitted: false by default',
      code: kubeletConfig('readOnlyPort: 0'),
      errors: [{ line: 1, messageId: 'omitted', path: '' }],
    },
    {
      name: 'false',
      code: kubeletConfig('protectKernelDefaults: false'),
      errors: [{ line: 3, messageId: 'off', path: 'protectKernelDefaults' }],
    },
  ],
});
