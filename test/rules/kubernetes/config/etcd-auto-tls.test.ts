import { etcdAutoTls } from '../../../../src/rules/kubernetes/config/etcd-auto-tls.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { flagLine, staticPod } from './manifests.js';

ruleTester(etcdAutoTls, {
  valid: [
    { name: 'false', code: staticPod('etcd', ['--auto-tls=false']) },
    { name: 'omitted: the default is false', code: staticPod('etcd', ['--name=cp-1']) },
    { name: 'not etcd', code: staticPod('kube-apiserver', ['--auto-tls=true']) },
  ],
  invalid: [
    {
      name: 'true',
      code: staticPod('etcd', ['--name=cp-1', '--auto-tls=true']),
      errors: [{ line: flagLine(1), messageId: 'wrong', path: 'spec.containers[0].command[2]' }],
    },
  ],
});
