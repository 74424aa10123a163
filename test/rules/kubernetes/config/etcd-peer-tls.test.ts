import { etcdPeerTls } from '../../../../src/rules/kubernetes/config/etcd-peer-tls.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, staticPod } from './manifests.js';

const complete = ['--peer-cert-file=/pki/peer.crt', '--peer-key-file=/pki/peer.key'];

ruleTester(etcdPeerTls, {
  valid: [
    { name: 'set', code: staticPod('etcd', complete) },
    { name: 'another component', code: staticPod('kube-scheduler', ['--name=cp-1']) },
  ],
  invalid: [
    {
      name: 'omitted',
      code: staticPod('etcd', ['--v=2']),
      errors: [
        { line: commandLine, messageId: 'missing', path: 'spec.containers[0].command' },
        { line: commandLine, messageId: 'missing', path: 'spec.containers[0].command' },
      ],
    },
    {
      name: 'empty value',
      code: staticPod('etcd', [...complete.slice(1), '--peer-cert-file=']),
      errors: [{ line: commandLine, messageId: 'missing' }],
    },
  ],
});
