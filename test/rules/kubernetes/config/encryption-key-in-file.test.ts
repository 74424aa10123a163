import assert from 'node:assert/strict';
import { it } from 'node:test';
import { encryptionKeyInFile } from '../../../../src/rules/kubernetes/config/encryption-key-in-file.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const encryption = (body: string) =>
  configFile('apiserver.config.k8s.io/v1', 'EncryptionConfiguration', body);
const key = 'c2VjcmV0IGlzIHNlY3VyZSwgb3IgaXMgaXQ/Cg==';
const withKey = encryption(
  `resources:\n- resources: [secrets]\n  providers:\n  - secretbox:\n      keys:\n      - name: key1\n        secret: ${key}\n  - identity: {}`,
);

ruleTester(encryptionKeyInFile, {
  valid: [
    {
      name: 'kms',
      code: encryption(
        'resources:\n- resources: [secrets]\n  providers:\n  - kms: {apiVersion: v2, name: kms}',
      ),
    },
    {
      name: 'identity only',
      code: encryption('resources:\n- resources: [secrets]\n  providers:\n  - identity: {}'),
    },
  ],
  invalid: [
    {
      name: 'a secretbox key',
      code: withKey,
      errors: [{ line: 9, messageId: 'inline', path: 'resources[0].providers[0].secretbox.keys[0].secret' }],
    },
  ],
});

it('KC062 masks the key in its message', () => {
  const [finding] = runRuleOn(encryptionKeyInFile, { code: withKey }).findings;
  assert.ok(finding);
  assert.ok(!finding.message.includes(key));
  assert.match(finding.message, /c2Vj\*+/);
});
