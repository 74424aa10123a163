import type { FieldPath, Violation } from '../../../core/index.js';
import { isReferenceOrPlaceholder, maskSecret } from '../../../secrets/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeconfig } from './config-utils/config-files.js';

const userSecrets = [
  ['token', 'a bearer token'],
  ['password', 'a password'],
  ['client-key-data', 'a client private key'],
] as const;
const providerSecrets = new Set(['access-token', 'client-secret', 'id-token', 'refresh-token']);

interface Credential {
  kind: string;
  value: string;
  path: FieldPath;
}

export const kubeconfigEmbeddedCredentials = defineRule({
  id: 'KC082',
  slug: 'kubeconfig-embedded-credentials',
  title: 'kubeconfig embeds a credential',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Config'],
  rationale:
    'A token, password, client key or OIDC secret written in a kubeconfig is a working login for whoever gets ' +
    'the file: a commit, a CI artefact, a backup or a laptop. Static tokens and client certificates cannot be ' +
    'revoked without rotating them everywhere (client certificates not at all before they expire), and the ' +
    'legacy `auth-provider` stores refresh tokens that outlive any session.',
  remediation:
    'Keep kubeconfigs with credentials out of repositories; use an `exec` credential plugin (OIDC login, cloud ' +
    'CLI) or `tokenFile`/`client-key` paths to files with restricted permissions, and rotate what was exposed.',
  references: {
    mitre: ['T1552.001'],
    urls: [
      'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins',
    ],
  },
  messages: { embedded: 'User {{user}} embeds {{kind}} ({{masked}})' },
  *check(view): Iterable<Violation<'embedded'>> {
    for (const [index, entry] of (kubeconfig(view)?.users ?? []).entries()) {
      const user = entry.user;
      if (user === undefined) continue;
      const base: FieldPath = ['users', index, 'user'];
      const found: Credential[] = [];
      for (const [field, kind] of userSecrets) {
        const value = user[field];
        if (value !== undefined) found.push({ kind, value, path: [...base, field] });
      }
      for (const [key, value] of Object.entries(user['auth-provider']?.config ?? {}))
        if (providerSecrets.has(key) && typeof value === 'string')
          found.push({
            kind: `the auth-provider ${key}`,
            value,
            path: [...base, 'auth-provider', 'config', key],
          });
      for (const { kind, value, path } of found) {
        if (isReferenceOrPlaceholder(value)) continue;
        yield {
          messageId: 'embedded',
          data: { user: entry.name ?? `#${index + 1}`, kind, masked: maskSecret(value) },
          path,
        };
      }
    }
  },
});
