import { etcdPeerClientCertAuth } from '../../../../src/rules/kubernetes/config/etcd-peer-client-cert-auth.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

ruleTester(etcdPeerClientCertAuth, {
  valid: [
    { name: 'true', code: staticPod('etcd', ['--peer-client-cert-auth=true']) },
    { name: 'not etcd', code: staticPod('kube-apiserver', ['--peer-client-cert-auth=false']) },
  ],
  invalid: [
    {
      name: 'omitted: the default is false',
      code: staticPod('etcd', ['--name=cp-1']),
      errors: [{ line: commandLine, messageId: 'omitted', path: 'spec.containers[0].command' }],
    },
    {
      name: 'false',
      code: staticPod('etcd', ['--name=cp-1', '--peer-client-cert-auth=false']),
      errors: [{ line: flagLine(1), messageId: 'wrong', path: 'spec.containers[0].command[2]' }],
    },
  ],
});
