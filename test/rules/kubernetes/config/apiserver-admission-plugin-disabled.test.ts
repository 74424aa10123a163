import { apiserverAdmissionPluginDisabled } from '../../../../src/rules/kubernetes/config/apiserver-admission-plugin-disabled.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { flagLine, staticPod } from './manifests.js';

ruleTester(apiserverAdmissionPluginDisabled, {
  valid: [
    {
      name: 'nothing disabled',
      code: staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction']),
    },
    {
      name: 'an unrelated plugin disabled',
      code: staticPod('kube-apiserver', ['--disable-admission-plugins=DefaultStorageClass']),
    },
  ],
  invalid: [
    {
      name: 'PodSecurity and ServiceAccount disabled',
      code: staticPod('kube-apiserver', [
        '--secure-port=6443',
        '--disable-admission-plugins=PodSecurity,ServiceAccount',
      ]),
      errors: [
        { line: flagLine(1), messageId: 'disabled', path: 'spec.containers[0].command[2]' },
        { line: flagLine(1), messageId: 'disabled', path: 'spec.containers[0].command[2]' },
      ],
    },
    {
      name: 'NamespaceLifecycle as the next word',
      code: staticPod('kube-apiserver', ['--disable-admission-plugins', 'NamespaceLifecycle']),
      errors: [{ line: flagLine(0) }],
    },
  ],
});
