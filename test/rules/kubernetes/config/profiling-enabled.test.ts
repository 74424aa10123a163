import { profilingEnabled } from '../../../../src/rules/kubernetes/config/profiling-enabled.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

ruleTester(profilingEnabled, {
  valid: [
    { name: 'API server off', code: staticPod('kube-apiserver', ['--profiling=false']) },
    { name: 'scheduler off', code: staticPod('kube-scheduler', ['--profiling=false']) },
    { name: 'etcd has no such flag', code: staticPod('etcd', ['--name=cp-1']) },
  ],
  invalid: [
    {
      name: 'controller manager default',
      code: staticPod('kube-controller-manager', ['--leader-elect=true']),
      errors: [{ line: commandLine, messageId: 'omitted', path: 'spec.containers[0].command' }],
    },
    {
      name: 'scheduler with a stray "false" word',
      code: staticPod('kube-scheduler', ['--profiling', 'false']),
      errors: [{ line: flagLine(0), messageId: 'enabled', path: 'spec.containers[0].command[1]' }],
    },
  ],
});
