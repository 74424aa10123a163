import { encryptionSecretsNotEncrypted } from '../../../../src/rules/kubernetes/config/encryption-secrets-not-encrypted.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const encryption = (body: string) =>
  configFile('apiserver.config.k8s.io/v1', 'EncryptionConfiguration', body);

ruleTester(encryptionSecretsNotEncrypted, {
  valid: [
    {
      name: 'kms v2 first, identity last',
      code: encryption(
        'resources:\n- resources: [secrets]\n  providers:\n  - kms: {apiVersion: v2, name: kms, endpoint: unix:///kms.sock}\n  - identity: {}',
      ),
    },
    {
      name: 'a wildcard entry covers secrets',
      code: encryption(
        'resources:\n- resources: ["*.*"]\n  providers:\n  - secretbox: {keys: [{name: k, secret: c2VjcmV0}]}',
      ),
    },
    {
      name: 'the legacy kind',
      code: configFile(
        'v1',
        'EncryptionConfig',
        'resources:\n- resources: [secrets]\n  providers:\n  - secretbox: {keys: [{name: k, secret: c2VjcmV0}]}',
      ),
    },
  ],
  invalid: [
    {
      name: 'identity first',
      code: encryption(
        'resources:\n- resources: [secrets]\n  providers:\n  - identity: {}\n  - aescbc: {keys: [{name: k, secret: c2VjcmV0}]}',
      ),
      errors: [{ line: 6, messageId: 'identityFirst', path: 'resources[0].providers[0]' }],
    },
    {
      name: 'secrets not listed',
      code: encryption(
        'resources:\n- resources: [configmaps]\n  providers:\n  - secretbox: {keys: [{name: k, secret: c2VjcmV0}]}',
      ),
      errors: [{ line: 3, messageId: 'notListed', path: 'resources' }],
    },
    {
      name: 'no resources at all',
      code: encryption(''),
      errors: [{ line: 1, messageId: 'notListed', path: '' }],
    },
    {
      name: 'the first matching entry decides',
      code: encryption(
        'resources:\n- resources: ["*."]\n  providers:\n  - identity: {}\n- resources: [secrets]\n  providers:\n  - secretbox: {keys: [{name: k, secret: c2VjcmV0}]}',
      ),
      errors: [{ line: 6, messageId: 'identityFirst' }],
    },
    {
      name: 'an entry without providers',
      code: encryption('resources:\n- resources: [secrets]'),
      errors: [{ line: 4, messageId: 'noProviders', path: 'resources[0]' }],
    },
  ],
});
