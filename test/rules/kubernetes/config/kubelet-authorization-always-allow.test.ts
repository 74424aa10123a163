import { kubeletAuthorizationAlwaysAllow } from '../../../../src/rules/kubernetes/config/kubelet-authorization-always-allow.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletAuthorizationAlwaysAllow, {
  valid: [
    { name: 'Webhook', code: kubeletConfig('authorization:\n  mode: Webhook') },
    { name: 'omitted: the file default is Webhook', code: kubeletConfig('readOnlyPort: 0') },
  ],
  invalid: [
    {
      name: 'AlwaysAllow',
      code: kubeletConfig('authorization:\n  mode: AlwaysAllow'),
      errors: [{ line: 4, messageId: 'alwaysAllow', path: 'authorization.mode' }],
    },
  ],
});
