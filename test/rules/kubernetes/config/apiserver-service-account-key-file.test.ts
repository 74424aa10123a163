import { apiserverServiceAccountKeyFile } from '../../../../src/rules/kubernetes/config/apiserver-service-account-key-file.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, staticPod } from './manifests.js';

const complete = ['--service-account-key-file=/pki/sa.pub'];

ruleTester(apiserverServiceAccountKeyFile, {
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
      code: staticPod('kube-apiserver', [...complete.slice(1), '--service-account-key-file=']),
      errors: [{ line: commandLine, messageId: 'missing' }],
    },
  ],
});
