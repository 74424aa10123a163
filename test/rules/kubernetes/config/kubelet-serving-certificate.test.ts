import { kubeletServingCertificate } from '../../../../src/rules/kubernetes/config/kubelet-serving-certificate.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletServingCertificate, {
  valid: [
    { name: 'serving certificates from the cluster CA', code: kubeletConfig('serverTLSBootstrap: true') },
    {
      name: 'certificate files',
      code: kubeletConfig(
        'tlsCertFile: /var/lib/kubelet/pki/kubelet.crt\ntlsPrivateKeyFile: /var/lib/kubelet/pki/kubelet.key',
      ),
    },
  ],
  invalid: [
    {
      name: 'both omitted',
      code: kubeletConfig('readOnlyPort: 0'),
      errors: [{ line: 1, messageId: 'selfSigned', path: '' }],
    },
    {
      name: 'bootstrap off, no key',
      code: kubeletConfig('serverTLSBootstrap: false\ntlsCertFile: /var/lib/kubelet/pki/kubelet.crt'),
      errors: [{ line: 3, path: 'serverTLSBootstrap' }],
    },
  ],
});
