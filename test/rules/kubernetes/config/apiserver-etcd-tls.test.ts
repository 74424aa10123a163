import { apiserverEtcdTls } from '../../../../src/rules/kubernetes/config/apiserver-etcd-tls.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

const tls = [
  '--etcd-cafile=/pki/etcd/ca.crt',
  '--etcd-certfile=/pki/etcd-client.crt',
  '--etcd-keyfile=/pki/etcd-client.key',
];

ruleTester(apiserverEtcdTls, {
  valid: [
    {
      name: 'mutual TLS to an https etcd',
      code: staticPod('kube-apiserver', [...tls, '--etcd-servers=https://127.0.0.1:2379']),
    },
    { name: 'mutual TLS, servers omitted', code: staticPod('kube-apiserver', tls) },
  ],
  invalid: [
    {
      name: 'no CA',
      code: staticPod('kube-apiserver', [...tls.slice(1), '--etcd-servers=https://127.0.0.1:2379']),
      errors: [{ line: commandLine, messageId: 'missing', path: 'spec.containers[0].command' }],
    },
    {
      name: 'a plain http member in the list',
      code: staticPod('kube-apiserver', [
        ...tls,
        '--etcd-servers=https://10.0.0.1:2379,http://10.0.0.2:2379',
      ]),
      errors: [{ line: flagLine(3), messageId: 'plainServer', path: 'spec.containers[0].command[4]' }],
    },
  ],
});
