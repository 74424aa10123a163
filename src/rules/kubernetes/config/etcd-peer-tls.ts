import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { missingFlags } from './config-utils/required-flags.js';

export const etcdPeerTls = defineRule({
  id: 'KC029',
  slug: 'etcd-peer-tls',
  title: 'etcd members replicate without TLS',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'etcd members replicate the whole cluster state to each other. Without `--peer-cert-file` and ' +
    '`--peer-key-file` that traffic is clear text, and anyone on the network between control-plane nodes reads ' +
    'every Secret as it is written.',
  remediation: 'Give each member a peer certificate from the etcd CA and set both flags.',
  references: { cis: ['k8s-1.9:2.4'], urls: ['https://etcd.io/docs/latest/op-guide/security/'] },
  messages: { missing: '{{component}} has no {{flag}}: peer traffic is not encrypted' },
  *check(view): Iterable<Violation<'missing'>> {
    for (const instance of processesOf(view, 'etcd'))
      yield* missingFlags(instance, ['peer-cert-file', 'peer-key-file'], 'missing');
  },
});
