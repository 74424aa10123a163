import { apiserverTokenAuthFile } from '../../../../src/rules/kubernetes/config/apiserver-token-auth-file.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { flagLine, staticPod } from './manifests.js';

ruleTester(apiserverTokenAuthFile, {
  valid: [
    { name: 'no static tokens', code: staticPod('kube-apiserver', ['--anonymous-auth=false']) },
    { name: 'only on the API server', code: staticPod('kube-scheduler', ['--token-auth-file=/x.csv']) },
  ],
  invalid: [
    {
      name: 'static token file',
      code: staticPod('kube-apiserver', [
        '--anonymous-auth=false',
        '--token-auth-file=/etc/kubernetes/tokens.csv',
      ]),
      errors: [{ line: flagLine(1), messageId: 'tokenFile', path: 'spec.containers[0].command[2]' }],
    },
    {
      name: 'value as the next word',
      code: staticPod('kube-apiserver', ['--token-auth-file', '/etc/kubernetes/tokens.csv']),
      errors: [{ line: flagLine(0) }],
    },
  ],
});
