import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { missingFlags } from './config-utils/required-flags.js';

export const apiserverServiceAccountKeyFile = defineRule({
  id: 'KC017',
  slug: 'apiserver-service-account-key-file',
  title: 'API server verifies service account tokens with its TLS key',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'Without `--service-account-key-file` the API server verifies service account tokens with the public half of ' +
    'its serving key. Token signing is then tied to the TLS certificate: the serving key cannot be rotated ' +
    'without invalidating every token, and a second signing key cannot be added for a planned rotation.',
  remediation:
    'Generate a dedicated key pair for service account tokens: set `--service-account-key-file` (public key) ' +
    'here and `--service-account-private-key-file` on the controller manager.',
  references: {
    cis: ['k8s-1.9:1.2.22'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/'],
  },
  messages: { missing: '{{component}} has no {{flag}}: service account tokens are tied to the serving key' },
  *check(view): Iterable<Violation<'missing'>> {
    for (const instance of processesOf(view, 'kube-apiserver'))
      yield* missingFlags(instance, ['service-account-key-file'], 'missing');
  },
});
