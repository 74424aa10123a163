import { kubeletPodPidsLimit } from '../../../../src/rules/kubernetes/config/kubelet-pod-pids-limit.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletPodPidsLimit, {
  valid: [{ name: 'a limit', code: kubeletConfig('podPidsLimit: 4096') }],
  invalid: [
    {
      name: 'omitted: -1 by default',
      code: kubeletConfig('readOnlyPort: 0'),
      errors: [{ line: 1, messageId: 'omitted', path: '' }],
    },
    {
      name: '-1',
      code: kubeletConfig('podPidsLimit: -1'),
      errors: [{ line: 3, messageId: 'unlimited', path: 'podPidsLimit' }],
    },
  ],
});
