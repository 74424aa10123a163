import { kubeconfigInsecureSkipTlsVerify } from '../../../../src/rules/kubernetes/config/kubeconfig-insecure-skip-tls-verify.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const kubeconfig = (cluster: string) =>
  configFile(
    'v1',
    'Config',
    `clusters:\n- name: prod\n  cluster:\n    server: https://10.0.0.1:6443\n${cluster}`,
  );

ruleTester(kubeconfigInsecureSkipTlsVerify, {
  valid: [
    { name: 'with a CA', code: kubeconfig('    certificate-authority: /etc/kubernetes/pki/ca.crt') },
    { name: 'explicitly false', code: kubeconfig('    insecure-skip-tls-verify: false') },
  ],
  invalid: [
    {
      name: 'skips verification',
      code: kubeconfig('    insecure-skip-tls-verify: true'),
      errors: [{ line: 7, messageId: 'skipVerify', path: 'clusters[0].cluster.insecure-skip-tls-verify' }],
    },
  ],
});
