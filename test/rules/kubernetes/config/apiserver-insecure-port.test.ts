import { apiserverInsecurePort } from '../../../../src/rules/kubernetes/config/apiserver-insecure-port.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { flagLine, staticPod } from './manifests.js';

ruleTester(apiserverInsecurePort, {
  valid: [
    { name: 'omitted (current versions)', code: staticPod('kube-apiserver', ['--secure-port=6443']) },
    { name: 'explicitly 0', code: staticPod('kube-apiserver', ['--insecure-port=0']) },
    {
      name: 'bound to localhost',
      code: staticPod('kube-apiserver', ['--insecure-port=0', '--insecure-bind-address=127.0.0.1']),
    },
  ],
  invalid: [
    {
      name: 'port 8080',
      code: staticPod('kube-apiserver', ['--insecure-port=8080']),
      errors: [{ line: flagLine(0), messageId: 'insecurePort', path: 'spec.containers[0].command[1]' }],
    },
    {
      name: 'bound to every interface',
      code: staticPod('kube-apiserver', ['--insecure-bind-address=0.0.0.0']),
      errors: [{ line: flagLine(0), messageId: 'insecureAddress' }],
    },
  ],
});
