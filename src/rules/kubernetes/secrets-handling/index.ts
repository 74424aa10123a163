import type { AnyRule } from '../../define-rule.js';
import { configmapCredentials } from './configmap-credentials.js';
import { literalSecretInArgs } from './literal-secret-in-args.js';

/**
 * Secrets-handling rules, by id. ExternalSecret, SealedSecret, SecretProviderClass and Vault agent annotations are
 * the pattern these rules point to and are never reported; literal `env` values are KW037's, committed Secret
 * values KW038's.
 */
export const secretsHandlingRules: readonly AnyRule[] = [configmapCredentials, literalSecretInArgs];
