import { etcdPeerAutoTls } from '../../../../src/rules/kubernetes/config/etcd-peer-auto-tls.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { flagLine, staticPod } from './manifests.js';

ruleTester(etcdPeerAutoTls, {
  valid: [
    { name: 'false', code: staticPod('etcd', ['--peer-auto-tls=false']) },
    { name: 'omitted: the default is false', code: staticPod('etcd', ['--name=cp-1']) },
    { name: 'not etcd', code: staticPod('kube-apiserver', ['--peer-auto-tls=true']) },
  ],
  invalid: [
    {
      name: 'true',
      code: staticPod('etcd', ['--name=cp-1', '--peer-auto-tls=true']),
      errors: [{ line: flagLine(1), messageId: 'wrong', path: 'spec.containers[0].command[2]' }],
    },
  ],
});
