import { kubeletEventQps } from '../../../../src/rules/kubernetes/config/kubelet-event-qps.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletEventQps, {
  valid: [
    { name: 'omitted: 50 by default', code: kubeletConfig('readOnlyPort: 0') },
    { name: '0 means no limit', code: kubeletConfig('eventRecordQPS: 0') },
    { name: 'the default', code: kubeletConfig('eventRecordQPS: 50') },
  ],
  invalid: [
    {
      name: '5 per second',
      code: kubeletConfig('eventRecordQPS: 5'),
      errors: [{ line: 3, messageId: 'low', path: 'eventRecordQPS' }],
    },
  ],
});
