import { encryptionWeakProvider } from '../../../../src/rules/kubernetes/config/encryption-weak-provider.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const encryption = (body: string) =>
  configFile('apiserver.config.k8s.io/v1', 'EncryptionConfiguration', body);

ruleTester(encryptionWeakProvider, {
  valid: [
    {
      name: 'kms v2',
      code: encryption(
        'resources:\n- resources: [secrets]\n  providers:\n  - kms: {apiVersion: v2, name: kms}',
      ),
    },
    {
      name: 'secretbox',
      code: encryption('resources:\n- resources: [secrets]\n  providers:\n  - secretbox: {keys: []}'),
    },
    {
      name: 'aescbc only to read old data',
      code: encryption(
        'resources:\n- resources: [secrets]\n  providers:\n  - secretbox: {keys: []}\n  - aescbc: {keys: []}',
      ),
    },
  ],
  invalid: [
    {
      name: 'aescbc first',
      code: encryption(
        'resources:\n- resources: [secrets, configmaps]\n  providers:\n  - aescbc:\n      keys: []',
      ),
      errors: [{ line: 6, messageId: 'weak', path: 'resources[0].providers[0].aescbc' }],
    },
    {
      name: 'kms without apiVersion is v1',
      code: encryption('resources:\n- resources: [secrets]\n  providers:\n  - kms:\n      name: old-kms'),
      errors: [{ line: 6, path: 'resources[0].providers[0].kms' }],
    },
    {
      name: 'aesgcm',
      code: encryption('resources:\n- resources: [secrets]\n  providers:\n  - aesgcm:\n      keys: []'),
      errors: [{ line: 6 }],
    },
  ],
});
