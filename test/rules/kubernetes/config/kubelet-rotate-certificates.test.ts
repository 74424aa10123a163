import { kubeletRotateCertificates } from '../../../../src/rules/kubernetes/config/kubelet-rotate-certificates.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletRotateCertificates, {
  valid: [{ name: 'true', code: kubeletConfig('rotateCertificates: true') }],
  invalid: [
    {
      name: 'omitted: false by default',
      code: kubeletConfig('readOnlyPort: 0'),
      errors: [{ line: 1, messageId: 'omitted', path: '' }],
    },
    {
      name: 'false',
      code: kubeletConfig('readOnlyPort: 0\nrotateCertificates: false'),
      errors: [{ line: 4, messageId: 'off', path: 'rotateCertificates' }],
    },
  ],
});
