import { controllerManagerRootCaFile } from '../../../../src/rules/kubernetes/config/controller-manager-root-ca-file.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, staticPod } from './manifests.js';

const complete = ['--root-ca-file=/pki/ca.crt'];

ruleTester(controllerManagerRootCaFile, {
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
      code: staticPod('kube-controller-manager', [...complete.slice(1), '--root-ca-file=']),
      errors: [{ line: commandLine, messageId: 'missing' }],
    },
  ],
});
