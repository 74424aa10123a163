import { apiserverAuthorizationAlwaysAllow } from '../../../../src/rules/kubernetes/config/apiserver-authorization-always-allow.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

ruleTester(apiserverAuthorizationAlwaysAllow, {
  valid: [
    { name: 'Node and RBAC', code: staticPod('kube-apiserver', ['--authorization-mode=Node,RBAC']) },
    {
      name: 'structured authorization config',
      code: staticPod('kube-apiserver', ['--authorization-config=/etc/kubernetes/authz.yaml']),
    },
  ],
  invalid: [
    {
      name: 'omitted: the API server defaults to AlwaysAllow',
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [{ line: commandLine, messageId: 'omitted', path: 'spec.containers[0].command' }],
    },
    {
      name: 'listed after RBAC',
      code: staticPod('kube-apiserver', ['--authorization-mode=Node,RBAC,AlwaysAllow']),
      errors: [{ line: flagLine(0), messageId: 'alwaysAllow', path: 'spec.containers[0].command[1]' }],
    },
    {
      name: 'repeated flag appends',
      code: staticPod('kube-apiserver', ['--authorization-mode=RBAC', '--authorization-mode', 'AlwaysAllow']),
      errors: [{ line: flagLine(1), messageId: 'alwaysAllow' }],
    },
  ],
});
