import { apiserverNodeRestriction } from '../../../../src/rules/kubernetes/config/apiserver-node-restriction.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

ruleTester(apiserverNodeRestriction, {
  valid: [
    { name: 'enabled', code: staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction']) },
    {
      name: 'enabled in a second occurrence',
      code: staticPod('kube-apiserver', [
        '--enable-admission-plugins=EventRateLimit',
        '--enable-admission-plugins=NodeRestriction',
      ]),
    },
  ],
  invalid: [
    {
      name: 'no enable flag: not a default plugin',
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [{ line: commandLine, messageId: 'notEnabled', path: 'spec.containers[0].command' }],
    },
    {
      name: 'enable list without it',
      code: staticPod('kube-apiserver', ['--enable-admission-plugins=EventRateLimit']),
      errors: [{ line: flagLine(0), messageId: 'notEnabled' }],
    },
    {
      name: 'enabled and disabled',
      code: staticPod('kube-apiserver', [
        '--enable-admission-plugins=NodeRestriction',
        '--disable-admission-plugins=NodeRestriction',
      ]),
      errors: [{ line: flagLine(1), messageId: 'disabled' }],
    },
  ],
});
