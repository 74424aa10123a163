import { apiserverAlwaysAdmit } from '../../../../src/rules/kubernetes/config/apiserver-always-admit.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { flagLine, staticPod } from './manifests.js';

ruleTester(apiserverAlwaysAdmit, {
  valid: [
    {
      name: 'NodeRestriction only',
      code: staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction']),
    },
    { name: 'flag omitted', code: staticPod('kube-apiserver', ['--secure-port=6443']) },
  ],
  invalid: [
    {
      name: 'in the enable list',
      code: staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction,AlwaysAdmit']),
      errors: [{ line: flagLine(0), messageId: 'alwaysAdmit', path: 'spec.containers[0].command[1]' }],
    },
    {
      name: 'in the deprecated --admission-control',
      code: staticPod('kube-apiserver', ['--secure-port=6443', '--admission-control=AlwaysAdmit']),
      errors: [{ line: flagLine(1) }],
    },
  ],
});
