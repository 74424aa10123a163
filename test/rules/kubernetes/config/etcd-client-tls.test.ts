import { etcdClientTls } from '../../../../src/rules/kubernetes/config/etcd-client-tls.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

const tls = ['--cert-file=/pki/etcd/server.crt', '--key-file=/pki/etcd/server.key'];

ruleTester(etcdClientTls, {
  valid: [
    {
      name: 'a tool that only mentions etcd',
      code: staticPod('etcd-backup', ['--target', 'etcd', '--name=x']),
    },
    {
      name: 'TLS on https URLs',
      code: staticPod('etcd', [...tls, '--listen-client-urls=https://10.0.0.1:2379']),
    },
    {
      name: 'plain http on loopback only',
      code: staticPod('etcd', [...tls, '--listen-client-urls=http://127.0.0.1:2379']),
    },
  ],
  invalid: [
    {
      name: 'no certificate',
      code: staticPod('etcd', ['--name=cp-1']),
      errors: [
        { line: commandLine, messageId: 'missing', path: 'spec.containers[0].command' },
        { line: commandLine, messageId: 'missing', path: 'spec.containers[0].command' },
      ],
    },
    {
      name: 'http on every interface',
      code: staticPod('etcd', [...tls, '--listen-client-urls=https://127.0.0.1:2379,http://0.0.0.0:2379']),
      errors: [{ line: flagLine(2), messageId: 'plainUrl', path: 'spec.containers[0].command[3]' }],
    },
  ],
});
