import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { missingFlags } from './config-utils/required-flags.js';

export const apiserverServingCertificate = defineRule({
  id: 'KC012',
  slug: 'apiserver-serving-certificate',
  title: 'API server serves a self-signed certificate',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'Without `--tls-cert-file` and `--tls-private-key-file` the API server generates a self-signed certificate ' +
    'for its own use. No client can verify it, so clients are configured to skip verification and any machine in ' +
    'the path can impersonate the API server and collect the credentials sent to it.',
  remediation: 'Issue the API server a certificate from the cluster CA and pass it with both flags.',
  references: {
    cis: ['k8s-1.9:1.2.24'],
    urls: ['https://kubernetes.io/docs/setup/best-practices/certificates/'],
  },
  messages: {
    missing: '{{component}} has no {{flag}}: it serves a self-signed certificate clients cannot verify',
  },
  *check(view): Iterable<Violation<'missing'>> {
    for (const instance of processesOf(view, 'kube-apiserver'))
      yield* missingFlags(instance, ['tls-cert-file', 'tls-private-key-file'], 'missing');
  },
});
