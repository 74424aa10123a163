import assert from 'node:assert/strict';
import { it } from 'node:test';
import { secretDataInManifest } from '../../../../../src/rules/kubernetes/workload/hardening/secret-data-in-manifest.js';
import { ruleTester, runRuleOn } from '../../../../support/rule-tester.js';

const password = Buffer.from('s3cr3t-Pa55word').toString('base64');

ruleTester(secretDataInManifest, {
  valid: [
    {
      name: 'service account token Secret without data',
      code: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: build-robot-token',
        '  annotations:',
        '    kubernetes.io/service-account.name: build-robot',
        'type: kubernetes.io/service-account-token',
        '',
      ].join('\n'),
    },
    {
      name: 'empty values and placeholders',
      code: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata: {name: db}',
        'data:',
        '  empty: ""',
        '  missing:',
        'stringData:',
        '  password: ${DB_PASSWORD}',
        '  token: <token>',
        '',
      ].join('\n'),
    },
    {
      name: 'other kinds with data',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  password: hunter2-prod\n',
    },
    {
      name: 'ExternalSecret instead of a Secret',
      code: [
        'apiVersion: external-secrets.io/v1beta1',
        'kind: ExternalSecret',
        'metadata: {name: db}',
        'spec:',
        '  secretStoreRef: {name: vault, kind: ClusterSecretStore}',
        '  data:',
        '    - secretKey: password',
        '      remoteRef: {key: db/password}',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'each data and stringData key',
      code: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata: {name: db, namespace: shop}',
        'type: Opaque',
        'data:',
        `  password: ${password}`,
        '  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t',
        'stringData:',
        '  username: shop-admin',
        '',
      ].join('\n'),
      errors: [
        { line: 6, messageId: 'committed', path: 'data.password' },
        { line: 7, messageId: 'committed', path: 'data["tls.crt"]' },
        { line: 9, messageId: 'committed', path: 'stringData.username' },
      ],
    },
    {
      name: 'service account token Secret with data',
      code: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata: {name: sa-token}',
        'type: kubernetes.io/service-account-token',
        'data:',
        '  token: ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNkluUmxjM1FpZlE=',
        '',
      ].join('\n'),
      errors: [{ line: 6, messageId: 'committed', path: 'data.token' }],
    },
    {
      name: 'Secret inside a List',
      code: [
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - apiVersion: v1',
        '    kind: Secret',
        '    metadata: {name: api}',
        '    stringData: {apiKey: 0b7c1e9f42d84a5b}',
        '',
      ].join('\n'),
      errors: [{ line: 7, messageId: 'committed', path: 'stringData.apiKey' }],
    },
  ],
});

it('KW038 masks the value in its message', () => {
  const code = `apiVersion: v1\nkind: Secret\nmetadata: {name: db}\ndata:\n  password: ${password}\n`;
  const { findings } = runRuleOn(secretDataInManifest, { code });
  assert.equal(findings.length, 1);
  const message = findings[0]?.message ?? '';
  assert.ok(!message.includes(password), message);
  assert.match(message, /Secret "db" stores a value for data\.password/);
});
