import { kubeletAnonymousAuth } from '../../../../src/rules/kubernetes/config/kubelet-anonymous-auth.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletAnonymousAuth, {
  valid: [
    { name: 'false', code: kubeletConfig('authentication:\n  anonymous:\n    enabled: false') },
    { name: 'omitted: the file default is false', code: kubeletConfig('readOnlyPort: 0') },
    {
      name: 'another kind with the same shape',
      code: 'apiVersion: example.com/v1\nkind: KubeletConfiguration\nauthentication:\n  anonymous:\n    enabled: true\n',
    },
  ],
  invalid: [
    {
      name: 'true',
      code: kubeletConfig('authentication:\n  anonymous:\n    enabled: true'),
      errors: [{ line: 5, messageId: 'enabled', path: 'authentication.anonymous.enabled' }],
    },
    {
      name: 'a wrong type elsewhere does not hide it',
      code: kubeletConfig('readOnlyPort: "nope"\nauthentication:\n  anonymous:\n    enabled: true'),
      errors: [{ line: 6, messageId: 'enabled' }],
    },
  ],
});
