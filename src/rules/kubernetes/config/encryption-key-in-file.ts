import type { Violation } from '../../../core/index.js';
import { maskSecret } from '../../../secrets/index.js';
import { defineRule } from '../../define-rule.js';
import { encryptionConfiguration } from './config-utils/config-files.js';

const localKeyProviders = ['aescbc', 'aesgcm', 'secretbox'] as const;

export const encryptionKeyInFile = defineRule({
  id: 'KC062',
  slug: 'encryption-key-in-file',
  title: 'Encryption-at-rest key is stored in the configuration file',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['EncryptionConfiguration', 'EncryptionConfig'],
  rationale:
    '`aescbc`, `aesgcm` and `secretbox` keys are written in the EncryptionConfiguration itself. The key then lives ' +
    'on every control-plane disk next to the etcd data it protects, in node backups, and wherever the file is ' +
    'versioned: whoever gets both reads every Secret, so encryption at rest protects little. A KMS provider keeps ' +
    'the key-encryption key in an external service.',
  remediation:
    'Move to a `kms` v2 provider; until then keep the file out of version control and backups, readable by root ' +
    'only, and rotate any key that was ever committed.',
  references: {
    cis: ['k8s-1.9:1.2.28'],
    urls: ['https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/'],
  },
  messages: { inline: 'The {{provider}} key {{name}} ({{masked}}) is stored in the file in plain text' },
  *check(view): Iterable<Violation<'inline'>> {
    const config = encryptionConfiguration(view);
    for (const [index, entry] of (config?.resources ?? []).entries())
      for (const [providerIndex, provider] of (entry.providers ?? []).entries())
        for (const type of localKeyProviders)
          for (const [keyIndex, key] of (provider[type]?.keys ?? []).entries()) {
            if ((key.secret ?? '') === '') continue;
            yield {
              messageId: 'inline',
              data: {
                provider: type,
                name: key.name ?? `#${keyIndex + 1}`,
                masked: maskSecret(key.secret ?? ''),
              },
              path: ['resources', index, 'providers', providerIndex, type, 'keys', keyIndex, 'secret'],
            };
          }
  },
});
