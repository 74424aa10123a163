import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeconfig } from './config-utils/config-files.js';

export const kubeconfigInsecureSkipTlsVerify = defineRule({
  id: 'KC080',
  slug: 'kubeconfig-insecure-skip-tls-verify',
  title: 'kubeconfig does not verify the API server certificate',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Config'],
  rationale:
    '`insecure-skip-tls-verify: true` accepts any certificate for the cluster. Anyone who can intercept the ' +
    'connection (DNS, a rogue Wi-Fi, a compromised proxy) poses as the API server and receives the token, ' +
    'password or client certificate of every user of this kubeconfig, along with what they send.',
  remediation:
    'Remove the field and set `certificate-authority-data` (or `certificate-authority`) to the cluster CA.',
  references: {
    mitre: ['T1557'],
    urls: ['https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/'],
  },
  messages: { skipVerify: 'Cluster {{cluster}} skips TLS verification of the API server' },
  *check(view): Iterable<Violation<'skipVerify'>> {
    for (const [index, entry] of (kubeconfig(view)?.clusters ?? []).entries())
      if (entry.cluster?.['insecure-skip-tls-verify'] === true)
        yield {
          messageId: 'skipVerify',
          data: { cluster: entry.name ?? `#${index + 1}` },
          path: ['clusters', index, 'cluster', 'insecure-skip-tls-verify'],
        };
  },
});
