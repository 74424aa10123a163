import { controllerManagerTerminatedPodGc } from '../../../../src/rules/kubernetes/config/controller-manager-terminated-pod-gc.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, staticPod } from './manifests.js';

const complete = ['--terminated-pod-gc-threshold=100'];

ruleTester(controllerManagerTerminatedPodGc, {
  valid: [
    { name: 'set', code: staticPod('kube-controller-manager', complete) },
    { name: 'another component', code: staticPod('etcd', ['--name=cp-1']) },
  ],
  invalid: [
    {
      name: 'omitted',
      code: staticPod('kube-controller-manager', ['--v=2']),
      errors: [{ line: commandLine, messageId: 'missing', path: 'spec.containers[0].command' }],
    },
    {
      name: 'empty value',
      code: staticPod('kube-controller-manager', [...complete.slice(1), '--terminated-pod-gc-threshold=']),
      errors: [{ line: commandLine, messageId: 'missing' }],
    },
  ],
});
