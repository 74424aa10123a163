import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { missingFlags } from './config-utils/required-flags.js';

export const apiserverClientCaMissing = defineRule({
  id: 'KC013',
  slug: 'apiserver-client-ca-missing',
  title: 'API server does not verify client certificates',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'Without `--client-ca-file` the API server ignores client certificates, so kubelets, controllers and ' +
    'administrators must fall back to bearer tokens or static files, which are easier to steal and replay, and ' +
    'the Node authorizer cannot identify kubelets by their `system:node:` certificates.',
  remediation: 'Set `--client-ca-file` to the cluster CA that signs client certificates.',
  references: {
    cis: ['k8s-1.9:1.2.25'],
    urls: [
      'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#x509-client-certificates',
    ],
  },
  messages: { missing: '{{component}} has no {{flag}}: client certificates are not accepted' },
  *check(view): Iterable<Violation<'missing'>> {
    for (const instance of processesOf(view, 'kube-apiserver'))
      yield* missingFlags(instance, ['client-ca-file'], 'missing');
  },
});
