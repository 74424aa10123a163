import { apiserverEncryptionConfigMissing } from '../../../../src/rules/kubernetes/config/apiserver-encryption-config-missing.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, staticPod } from './manifests.js';

ruleTester(apiserverEncryptionConfigMissing, {
  valid: [
    {
      name: 'set',
      code: staticPod('kube-apiserver', ['--encryption-provider-config=/etc/kubernetes/enc.yaml']),
    },
    { name: 'not an API server', code: staticPod('etcd', ['--name=cp-1']) },
  ],
  invalid: [
    {
      name: 'omitted',
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [{ line: commandLine, messageId: 'missing', path: 'spec.containers[0].command' }],
    },
  ],
});
