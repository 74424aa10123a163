import type { EncryptionConfiguration, EncryptionProvider } from './config-files.js';

export const providerTypes = ['identity', 'aescbc', 'aesgcm', 'secretbox', 'kms'] as const;
export type ProviderType = (typeof providerTypes)[number];

/** The provider's type: the one key it sets (the API server refuses more than one). */
export function providerType(provider: EncryptionProvider): ProviderType | undefined {
  return providerTypes.find((type) => provider[type] !== undefined && provider[type] !== null);
}

/** `secrets`, or a wildcard that covers it: `*.` (every core resource) and `*.*` (everything). */
function coversSecrets(resource: string): boolean {
  return ['secrets', 'secrets.', '*.', '*.*'].includes(resource.trim().toLowerCase());
}

/** The entry that decides how Secrets are stored: the first one that names them, as the API server picks it. */
export function secretsEntryIndex(config: EncryptionConfiguration): number | undefined {
  const index = (config.resources ?? []).findIndex((entry) => (entry.resources ?? []).some(coversSecrets));
  return index < 0 ? undefined : index;
}
