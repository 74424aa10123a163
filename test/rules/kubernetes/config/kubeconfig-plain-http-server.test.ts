import { kubeconfigPlainHttpServer } from '../../../../src/rules/kubernetes/config/kubeconfig-plain-http-server.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const kubeconfig = (server: string) =>
  configFile('v1', 'Config', `clusters:\n- name: prod\n  cluster:\n    server: ${server}`);

ruleTester(kubeconfigPlainHttpServer, {
  valid: [
    { name: 'https', code: kubeconfig('https://10.0.0.1:6443') },
    { name: 'kubectl proxy on loopback', code: kubeconfig('http://127.0.0.1:8001') },
    { name: 'no server field', code: configFile('v1', 'Config', 'clusters:\n- name: prod\n  cluster: {}') },
  ],
  invalid: [
    {
      name: 'http on the network',
      code: kubeconfig('http://10.0.0.1:8080'),
      errors: [{ line: 6, messageId: 'plainHttp', path: 'clusters[0].cluster.server' }],
    },
    { name: 'upper-case scheme', code: kubeconfig('HTTP://api.example.com'), errors: [{ line: 6 }] },
  ],
});
