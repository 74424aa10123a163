import { weakTlsCipherSuites } from '../../../../src/rules/kubernetes/config/weak-tls-cipher-suites.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { flagLine, kubeletConfig, staticPod } from './manifests.js';

ruleTester(weakTlsCipherSuites, {
  valid: [
    {
      name: 'API server omits the list (Go defaults)',
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
    },
    {
      name: 'API server with strong suites',
      code: staticPod('kube-apiserver', [
        '--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
      ]),
    },
    { name: 'kubelet omits the list', code: kubeletConfig('readOnlyPort: 0') },
    {
      name: 'kubelet with strong suites',
      code: kubeletConfig('tlsCipherSuites:\n- TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'),
    },
  ],
  invalid: [
    {
      name: 'API server allows 3DES',
      code: staticPod('kube-apiserver', [
        '--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_3DES_EDE_CBC_SHA',
      ]),
      errors: [{ line: flagLine(0), messageId: 'weakFlag', path: 'spec.containers[0].command[1]' }],
    },
    {
      name: 'kubelet allows RC4 and CBC',
      code: kubeletConfig(
        'tlsCipherSuites:\n- TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n- TLS_RSA_WITH_RC4_128_SHA\n- TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
      ),
      errors: [
        { line: 5, messageId: 'weakConfig', path: 'tlsCipherSuites[1]' },
        { line: 6, messageId: 'weakConfig', path: 'tlsCipherSuites[2]' },
      ],
    },
  ],
});
