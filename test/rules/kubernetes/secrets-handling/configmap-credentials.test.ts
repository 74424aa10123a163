import assert from 'node:assert/strict';
import { it } from 'node:test';
import { configmapCredentials } from '../../../../src/rules/kubernetes/secrets-handling/configmap-credentials.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';

// Assembled at run time so secret scanners do not flag the test sources themselves.
const githubToken = ['ghp', '_', 'Zx9Kq2Lm7Np4Rt6Vw8Yb'.repeat(2).slice(0, 36)].join('');
const awsKeyId = ['AKIA', 'R7TQ2WX9ZK4MNB3V'].join('');

const configMap = (data: string, name = 'app') =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: shop\ndata:\n${data}\n`;

ruleTester(configmapCredentials, {
  valid: [
    {
      name: 'settings',
      code: configMap(
        '  LOG_LEVEL: debug\n  DB_HOST: db.internal\n  PASSWORD_FILE: /run/secrets/db\n  TOKEN_TTL: "3600"',
      ),
    },
    {
      name: 'references and placeholders',
      code: configMap('  DB_PASSWORD: ${DB_PASSWORD}\n  API_TOKEN: <token>\n  SECRET: changeme'),
    },
    {
      name: 'a properties file without credentials',
      code: configMap(
        '  application.properties: |\n    server.port=8080\n    db.url=jdbc:postgresql://db:5432/app\n    db.password=${DB_PASSWORD}',
      ),
    },
    {
      name: 'aws-auth maps roles, which are not credentials',
      code: configMap(
        '  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/node\n      username: system:node:{{EC2PrivateDNSName}}\n      groups: [system:nodes]',
        'aws-auth',
      ),
    },
    {
      name: 'no data',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\nbinaryData:\n  key: AAAA\n',
    },
  ],
  invalid: [
    {
      name: 'a password under a secret-looking key',
      code: configMap('  LOG_LEVEL: debug\n  DB_PASSWORD: hunter2-prod-9'),
      errors: [{ line: 8, messageId: 'value', path: 'data.DB_PASSWORD' }],
    },
    {
      name: 'a token recognised by its shape',
      code: configMap(`  github: ${githubToken}\n  aws: ${awsKeyId}`),
      errors: [
        { line: 7, messageId: 'value' },
        { line: 8, messageId: 'value' },
      ],
    },
    {
      name: 'a credential inside a file-like value',
      code: configMap(
        `  .npmrc: |\n    registry=https://registry.npmjs.org/\n    //registry.npmjs.org/:_authToken=${githubToken}`,
      ),
      errors: [{ line: 7, messageId: 'fileLine', path: 'data[".npmrc"]' }],
    },
  ],
});

it('KN020 masks the value and names the key and line inside the value', () => {
  const code = configMap(`  settings.env: |\n    MODE=prod\n    GITHUB_TOKEN=${githubToken}`);
  const { findings } = runRuleOn(configmapCredentials, { code });
  assert.equal(findings.length, 1);
  const message = findings[0]?.message ?? '';
  assert.match(message, /^ConfigMap shop\/app key settings\.env, line 2 of its value, holds a /);
  assert.ok(!message.includes(githubToken), 'the value is masked');
});
