import { apiserverKubeletClientCertificate } from '../../../../src/rules/kubernetes/config/apiserver-kubelet-client-certificate.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, staticPod } from './manifests.js';

const complete = ['--kubelet-client-certificate=/pki/k.crt', '--kubelet-client-key=/pki/k.key'];

ruleTester(apiserverKubeletClientCertificate, {
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
      code: staticPod('kube-apiserver', [...complete.slice(1), '--kubelet-client-certificate=']),
      errors: [{ line: commandLine, messageId: 'missing' }],
    },
  ],
});
