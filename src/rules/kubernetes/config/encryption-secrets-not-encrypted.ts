import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { encryptionConfiguration } from './config-utils/config-files.js';
import { providerType, secretsEntryIndex } from './config-utils/encryption.js';
import { presentPath } from './config-utils/report.js';

type MessageId = 'notListed' | 'identityFirst' | 'noProviders';

export const encryptionSecretsNotEncrypted = defineRule({
  id: 'KC060',
  slug: 'encryption-secrets-not-encrypted',
  title: 'EncryptionConfiguration leaves Secrets unencrypted',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['EncryptionConfiguration', 'EncryptionConfig'],
  rationale:
    'The API server writes each resource with the first provider of the first entry that lists it. When that ' +
    'provider is `identity`, or no entry covers `secrets` (by name, `*.` or `*.*`), Secrets are stored in etcd ' +
    'as plain base64 despite the file: backups, snapshots and direct etcd access reveal every credential. ' +
    '`identity` belongs last, to read data written before encryption was enabled.',
  remediation:
    'List `secrets` in an entry whose first provider is `kms` (apiVersion v2) or `secretbox`, keep `identity` ' +
    'last, and rewrite existing Secrets (`kubectl get secrets -A -o json | kubectl replace -f -`).',
  references: {
    cis: ['k8s-1.9:1.2.28'],
    urls: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/'],
  },
  messages: {
    notListed: 'No entry of the EncryptionConfiguration covers secrets: they are stored unencrypted',
    identityFirst: 'The first provider for {{resources}} is identity: Secrets are written unencrypted',
    noProviders: 'The entry for {{resources}} has no providers',
  },
  *check(view): Iterable<Violation<MessageId>> {
    const config = encryptionConfiguration(view);
    if (config === undefined) return;
    const index = secretsEntryIndex(config);
    const entry = index === undefined ? undefined : config.resources?.[index];
    if (index === undefined || entry === undefined) {
      yield { messageId: 'notListed', path: presentPath(view.object, ['resources']) };
      return;
    }
    const resources = (entry.resources ?? []).join(', ');
    const first = entry.providers?.[0];
    if (first === undefined)
      yield { messageId: 'noProviders', data: { resources }, path: ['resources', index] };
    else if (providerType(first) === 'identity')
      yield { messageId: 'identityFirst', data: { resources }, path: ['resources', index, 'providers', 0] };
  },
});
