import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag } from './config-utils/report.js';

/** The AEAD suites the CIS benchmark accepts; anything else is CBC, RC4, 3DES or otherwise weak. */
const strongSuites = new Set([
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  // TLS 1.3 suites are not configurable in Go but are accepted in the list.
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
]);

type MessageId = 'weakFlag' | 'weakConfig';

export const weakTlsCipherSuites = defineRule({
  id: 'KC032',
  slug: 'weak-tls-cipher-suites',
  title: 'API server or kubelet allows weak TLS cipher suites',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod', 'KubeletConfiguration'],
  rationale:
    'An explicit `--tls-cipher-suites` (API server) or `tlsCipherSuites` (kubelet) list replaces Go’s ' +
    'defaults. Suites with CBC mode, RC4 or 3DES are open to padding-oracle, Sweet32 and keystream biases; a ' +
    'client or attacker in the middle can negotiate them. When the list is omitted Go’s own, safe defaults apply ' +
    'and nothing is reported.',
  remediation:
    'Limit the list to ECDHE suites with AES-GCM or ChaCha20-Poly1305, or remove it to use Go’s defaults.',
  references: {
    cis: ['k8s-1.9:1.2.29', 'k8s-1.9:4.2.12'],
    urls: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/'],
  },
  messages: {
    weakFlag: '{{component}} allows weak cipher suite {{suite}} in {{flag}}',
    weakConfig: 'The kubelet allows weak cipher suite {{suite}}',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-apiserver'))
      for (const { item, flag } of instance.flags.list('tls-cipher-suites'))
        if (!strongSuites.has(item)) yield atFlag(instance, flag, 'weakFlag', { suite: item });
    const suites = kubeletConfiguration(view)?.tlsCipherSuites ?? [];
    for (const [index, suite] of suites.entries())
      if (!strongSuites.has(suite))
        yield { messageId: 'weakConfig', data: { suite }, path: ['tlsCipherSuites', index] };
  },
});
