import { controlPlaneBindAddress } from '../../../../src/rules/kubernetes/config/control-plane-bind-address.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

ruleTester(controlPlaneBindAddress, {
  valid: [
    { name: 'scheduler on loopback', code: staticPod('kube-scheduler', ['--bind-address=127.0.0.1']) },
    {
      name: 'controller manager on loopback',
      code: staticPod('kube-controller-manager', ['--bind-address=127.0.0.1']),
    },
    {
      name: 'the API server binds wherever it must',
      code: staticPod('kube-apiserver', ['--bind-address=0.0.0.0']),
    },
  ],
  invalid: [
    {
      name: 'omitted: all interfaces',
      code: staticPod('kube-scheduler', ['--leader-elect=true']),
      errors: [{ line: commandLine, messageId: 'omitted', path: 'spec.containers[0].command' }],
    },
    {
      name: '0.0.0.0',
      code: staticPod('kube-controller-manager', ['--bind-address=0.0.0.0']),
      errors: [{ line: flagLine(0), messageId: 'exposed', path: 'spec.containers[0].command[1]' }],
    },
  ],
});
