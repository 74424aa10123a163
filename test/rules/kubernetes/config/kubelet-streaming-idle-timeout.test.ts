import { kubeletStreamingIdleTimeout } from '../../../../src/rules/kubernetes/config/kubelet-streaming-idle-timeout.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletStreamingIdleTimeout, {
  valid: [
    { name: '5m', code: kubeletConfig('streamingConnectionIdleTimeout: 5m0s') },
    { name: 'omitted: 4h by default', code: kubeletConfig('readOnlyPort: 0') },
    { name: 'a fraction is not zero', code: kubeletConfig('streamingConnectionIdleTimeout: 0.5h') },
  ],
  invalid: [
    {
      name: '0',
      code: kubeletConfig('streamingConnectionIdleTimeout: "0"'),
      errors: [{ line: 3, messageId: 'disabled', path: 'streamingConnectionIdleTimeout' }],
    },
    {
      name: '0h0m0s',
      code: kubeletConfig('readOnlyPort: 0\nstreamingConnectionIdleTimeout: 0h0m0s'),
      errors: [{ line: 4 }],
    },
  ],
});
