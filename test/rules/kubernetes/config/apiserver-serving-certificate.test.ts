import { apiserverServingCertificate } from '../../../../src/rules/kubernetes/config/apiserver-serving-certificate.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, staticPod } from './manifests.js';

const complete = ['--tls-cert-file=/pki/apiserver.crt', '--tls-private-key-file=/pki/apiserver.key'];

ruleTester(apiserverServingCertificate, {
  valid: [
    { name: 'set', code: staticPod('kube-apiserver', complete) },
    { name: 'another component', code: staticPod('etcd', ['--name=cp-1']) },
  ],
  invalid: [
    {
      name: 'omitted',
      code: staticPod('kube-apiserver', ['--v=2']),
      errors: [
        { line: commandLine, messageId: 'missing', path: 'spec.containers[0].command' },
        { line: commandLine, messageId: 'missing', path: 'spec.containers[0].command' },
      ],
    },
    {
      name: 'empty value',
      code: staticPod('kube-apiserver', [...complete.slice(1), '--tls-cert-file=']),
      errors: [{ line: commandLine, messageId: 'missing' }],
    },
  ],
});
