import { kubeletClientCaMissing } from '../../../../src/rules/kubernetes/config/kubelet-client-ca-missing.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletClientCaMissing, {
  valid: [
    {
      name: 'set',
      code: kubeletConfig('authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt'),
    },
  ],
  invalid: [
    {
      name: 'nothing about authentication',
      code: kubeletConfig('readOnlyPort: 0'),
      errors: [{ line: 1, messageId: 'missing', path: '' }],
    },
    {
      name: 'x509 without a CA: reported on its nearest parent',
      code: kubeletConfig('authentication:\n  webhook:\n    enabled: true\n  x509: {}'),
      errors: [{ line: 6, messageId: 'missing', path: 'authentication.x509' }],
    },
    {
      name: 'empty path',
      code: kubeletConfig('authentication:\n  x509:\n    clientCAFile: ""'),
      errors: [{ line: 5, path: 'authentication.x509.clientCAFile' }],
    },
  ],
});
