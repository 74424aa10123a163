import { controllerManagerServiceAccountCredentials } from '../../../../src/rules/kubernetes/config/controller-manager-service-account-credentials.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

ruleTester(controllerManagerServiceAccountCredentials, {
  valid: [
    { name: 'true', code: staticPod('kube-controller-manager', ['--use-service-account-credentials=true']) },
    {
      name: 'bare flag means true',
      code: staticPod('kube-controller-manager', ['--use-service-account-credentials']),
    },
  ],
  invalid: [
    {
      name: 'omitted: the default is false',
      code: staticPod('kube-controller-manager', ['--leader-elect=true']),
      errors: [{ line: commandLine, messageId: 'omitted', path: 'spec.containers[0].command' }],
    },
    {
      name: 'false',
      code: staticPod('kube-controller-manager', ['--use-service-account-credentials=false']),
      errors: [{ line: flagLine(0), messageId: 'off', path: 'spec.containers[0].command[1]' }],
    },
  ],
});
