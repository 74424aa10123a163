import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { encryptionConfiguration } from './config-utils/config-files.js';
import { providerType } from './config-utils/encryption.js';

const weaknesses: Readonly<Record<string, string>> = {
  aescbc: 'CBC without authentication, open to padding-oracle attacks; not recommended upstream',
  aesgcm: 'static key that must be rotated by hand every 200,000 writes to avoid nonce reuse',
  kmsV1: 'KMS v1 is deprecated and disabled by default since Kubernetes 1.29',
};

export const encryptionWeakProvider = defineRule({
  id: 'KC061',
  slug: 'encryption-weak-provider',
  title: 'EncryptionConfiguration writes with a weak provider',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['EncryptionConfiguration', 'EncryptionConfig'],
  rationale:
    'Only the first provider of an entry encrypts new writes. `aescbc` has no integrity protection and is ' +
    'vulnerable to padding-oracle attacks; `aesgcm` needs manual key rotation before nonces repeat; KMS v1 is ' +
    'deprecated, slow (one KMS call per object) and off by default in current releases. KMS v2 keeps the key ' +
    'outside the node and rotates data keys; `secretbox` is the strongest local option.',
  remediation:
    'Put a `kms` provider with `apiVersion: v2` (or `secretbox`) first, and keep the old one after it to read existing data.',
  references: {
    cis: ['k8s-1.9:1.2.28'],
    urls: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#providers'],
  },
  messages: { weak: '{{resources}} are written with {{provider}}: {{weakness}}' },
  *check(view): Iterable<Violation<'weak'>> {
    const config = encryptionConfiguration(view);
    for (const [index, entry] of (config?.resources ?? []).entries()) {
      const first = entry.providers?.[0];
      const type = first === undefined ? undefined : providerType(first);
      if (type === undefined || first === undefined) continue;
      const isKmsV1 = type === 'kms' && (first.kms?.apiVersion ?? 'v1') === 'v1';
      const weakness = isKmsV1 ? weaknesses['kmsV1'] : weaknesses[type];
      if (weakness === undefined) continue;
      yield {
        messageId: 'weak',
        data: {
          resources: (entry.resources ?? []).join(', '),
          provider: isKmsV1 ? 'kms v1' : type,
          weakness,
        },
        path: ['resources', index, 'providers', 0, type],
      };
    }
  },
});
