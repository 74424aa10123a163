import assert from 'node:assert/strict';
import { it } from 'node:test';
import { kubeconfigEmbeddedCredentials } from '../../../../src/rules/kubernetes/config/kubeconfig-embedded-credentials.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const kubeconfig = (user: string) => configFile('v1', 'Config', `users:\n- name: admin\n  user:\n${user}`);
const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLW9mLWEtdGVzdA';

ruleTester(kubeconfigEmbeddedCredentials, {
  valid: [
    {
      name: 'exec plugin',
      code: kubeconfig('    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: aws'),
    },
    {
      name: 'files, not data',
      code: kubeconfig(
        '    client-certificate: /pki/admin.crt\n    client-key: /pki/admin.key\n    tokenFile: /run/token',
      ),
    },
    { name: 'a placeholder', code: kubeconfig('    token: ${KUBE_TOKEN}') },
    {
      name: 'auth-provider without secrets',
      code: kubeconfig(
        '    auth-provider:\n      name: oidc\n      config:\n        client-id: kubernetes\n        idp-issuer-url: https://issuer.example.com',
      ),
    },
  ],
  invalid: [
    {
      name: 'a bearer token',
      code: kubeconfig(`    token: ${token}`),
      errors: [{ line: 6, messageId: 'embedded', path: 'users[0].user.token' }],
    },
    {
      name: 'password and client key',
      code: kubeconfig(
        '    username: admin\n    password: s3cr3t-Passw0rd\n    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=',
      ),
      errors: [
        { line: 7, path: 'users[0].user.password' },
        { line: 8, path: 'users[0].user.client-key-data' },
      ],
    },
    {
      name: 'auth-provider secrets',
      code: kubeconfig(
        '    auth-provider:\n      name: oidc\n      config:\n        client-id: kubernetes\n        client-secret: 8f3b1c6e-2d4a-4e59-9b1f-7c0d3a5e6f21\n        refresh-token: Cg9maXh0dXJlLXJlZnJlc2g',
      ),
      errors: [
        { line: 10, path: 'users[0].user.auth-provider.config.client-secret' },
        { line: 11, path: 'users[0].user.auth-provider.config.refresh-token' },
      ],
    },
  ],
});

it('KC082 never prints the credential', () => {
  const [finding] = runRuleOn(kubeconfigEmbeddedCredentials, {
    code: kubeconfig(`    token: ${token}`),
  }).findings;
  assert.ok(finding);
  assert.ok(!finding.message.includes(token));
});
