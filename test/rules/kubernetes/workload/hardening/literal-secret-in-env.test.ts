import assert from 'node:assert/strict';
import { it } from 'node:test';
import { literalSecretInEnv } from '../../../../../src/rules/kubernetes/workload/hardening/literal-secret-in-env.js';
import { ruleTester, runRuleOn } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

// Assembled at run time so secret scanners do not flag the test sources themselves.
const awsKeyId = ['AKIA', 'Q7RT2WX9ZK4MNB3V'].join('');
const githubToken = ['ghp', '_', 'a1B2c3D4'.repeat(4), 'e5F6'].join('');
const databaseUrl = ['postgres://app:', 'Tr0ub4dor-prod', '@db.internal:5432/app'].join('');

ruleTester(literalSecretInEnv, {
  valid: [
    ...validForEveryWorkload({ name: 'env omitted', podSpec: 'containers:\n  - name: app\n' }),
    ...validForEveryWorkload({
      name: 'references, placeholders and harmless values',
      podSpec: [
        'containers:',
        '  - name: app',
        '    env:',
        '      - name: DB_PASSWORD',
        '        valueFrom:',
        '          secretKeyRef: {name: db, key: password}',
        '      - name: API_TOKEN',
        '        value: ${API_TOKEN}',
        '      - name: PASSWORD_FILE',
        '        value: /run/secrets/db',
        '      - name: LOG_LEVEL',
        '        value: debug',
        '      - name: TOKEN_TTL',
        '        value: "3600"',
        '      - name: SECRET_KEY',
        '        value: <changeme>',
        '      - name: DATABASE_URL',
        '        value: postgres://app@db.internal:5432/app',
      ].join('\n'),
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'credential values in every container group',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    env:',
        '      - name: AWS_ACCESS_KEY_ID',
        `        value: ${awsKeyId}`,
        'containers:',
        '  - name: app',
        '    env:',
        '      - {name: DATABASE_URL, value: "' + databaseUrl + '"}',
        'ephemeralContainers:',
        '  - name: debug',
        '    env:',
        '      - name: GH',
        `        value: ${githubToken}`,
      ].join('\n'),
      errors: [
        { line: 5, messageId: 'secretValue' },
        { line: 9, messageId: 'secretValue' },
        { line: 14, messageId: 'secretValue' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'secret-looking name with a literal value',
      podSpec:
        'containers:\n  - name: app\n    env:\n      - name: DB_PASSWORD\n        value: hunter2-prod-9\n',
      errors: [{ line: 5, messageId: 'secretName' }],
    }),
    {
      name: 'Pod: path of env[i].value',
      code: [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: a}',
        'spec:',
        '  containers:',
        '    - name: app',
        '      env:',
        '        - {name: MODE, value: prod}',
        '        - name: client_secret',
        '          value: 8d9f0a7b6c5e4d3c',
        '',
      ].join('\n'),
      errors: [{ line: 10, messageId: 'secretName', path: 'spec.containers[0].env[1].value' }],
    },
  ],
});

it('KW037 masks the secret in its message', () => {
  const code = `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n      env:\n        - name: GH\n          value: ${githubToken}\n`;
  const { findings } = runRuleOn(literalSecretInEnv, { code });
  assert.equal(findings.length, 1);
  const message = findings[0]?.message ?? '';
  assert.ok(!message.includes(githubToken), message);
  assert.match(message, /ghp_\*+/);
});
