import { apiserverAuthorizationNodeRbac } from '../../../../src/rules/kubernetes/config/apiserver-authorization-node-rbac.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { flagLine, staticPod } from './manifests.js';

ruleTester(apiserverAuthorizationNodeRbac, {
  valid: [
    { name: 'Node and RBAC', code: staticPod('kube-apiserver', ['--authorization-mode=Node,RBAC,Webhook']) },
    {
      name: 'omitted (KC003 reports AlwaysAllow)',
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
    },
  ],
  invalid: [
    {
      name: 'RBAC only',
      code: staticPod('kube-apiserver', ['--authorization-mode=RBAC']),
      errors: [{ line: flagLine(0), messageId: 'missingMode', path: 'spec.containers[0].command[1]' }],
    },
    {
      name: 'Webhook only',
      code: staticPod('kube-apiserver', ['--secure-port=6443', '--authorization-mode=Webhook']),
      errors: [{ line: flagLine(1) }, { line: flagLine(1) }],
    },
  ],
});
