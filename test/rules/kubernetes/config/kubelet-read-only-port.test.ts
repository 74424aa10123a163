import { kubeletReadOnlyPort } from '../../../../src/rules/kubernetes/config/kubelet-read-only-port.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletReadOnlyPort, {
  valid: [
    { name: '0', code: kubeletConfig('readOnlyPort: 0') },
    { name: 'omitted: the file default is 0', code: kubeletConfig('rotateCertificates: true') },
  ],
  invalid: [
    {
      name: '10255',
      code: kubeletConfig('rotateCertificates: true\nreadOnlyPort: 10255'),
      errors: [{ line: 4, messageId: 'open', path: 'readOnlyPort' }],
    },
  ],
});
