import { apiserverServiceAccountLookup } from '../../../../src/rules/kubernetes/config/apiserver-service-account-lookup.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { flagLine, staticPod } from './manifests.js';

ruleTester(apiserverServiceAccountLookup, {
  valid: [
    { name: 'omitted: the default is true', code: staticPod('kube-apiserver', ['--secure-port=6443']) },
    { name: 'true', code: staticPod('kube-apiserver', ['--service-account-lookup=true']) },
  ],
  invalid: [
    {
      name: 'false',
      code: staticPod('kube-apiserver', ['--secure-port=6443', '--service-account-lookup=false']),
      errors: [{ line: flagLine(1), messageId: 'lookupOff', path: 'spec.containers[0].command[2]' }],
    },
  ],
});
