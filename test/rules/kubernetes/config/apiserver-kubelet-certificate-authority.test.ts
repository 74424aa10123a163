import { apiserverKubeletCertificateAuthority } from '../../../../src/rules/kubernetes/config/apiserver-kubelet-certificate-authority.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, staticPod } from './manifests.js';

const complete = ['--kubelet-certificate-authority=/pki/ca.crt'];

ruleTester(apiserverKubeletCertificateAuthority, {
  valid: [
    { name: 'set', code: staticPod('kube-apiserver', complete) },
    { name: 'another component', code: staticPod('etcd', ['--name=cp-1']) },
  ],
  invalid: [
    {
      name: 'omitted',
      code: staticPod('kube-apiserver', ['--v=2']),
      errors: [{ line: commandLine, messageId: 'missing', path: 'spec.containers[0].command' }],
    },
    {
      name: 'empty value',
      code: staticPod('kube-apiserver', [...complete.slice(1), '--kubelet-certificate-authority=']),
      errors: [{ line: commandLine, messageId: 'missing' }],
    },
  ],
});
