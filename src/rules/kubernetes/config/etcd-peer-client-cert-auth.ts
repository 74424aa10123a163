import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { booleanFlagViolations } from './config-utils/boolean-flag.js';
import { processesOf } from './config-utils/control-plane.js';

export const etcdPeerClientCertAuth = defineRule({
  id: 'KC030',
  slug: 'etcd-peer-client-cert-auth',
  title: 'etcd accepts peers without certificates',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'With `--peer-client-cert-auth` off (the default) any host that reaches the peer port can talk to the ' +
    'member as a peer, and a rogue member joined to the cluster receives a full copy of the data.',
  remediation: 'Set `--peer-client-cert-auth=true` and `--peer-trusted-ca-file` to the etcd peer CA.',
  references: { cis: ['k8s-1.9:2.5'], urls: ['https://etcd.io/docs/latest/op-guide/security/'] },
  messages: {
    omitted: '{{component}} runs without {{flag}}=true: peers are not authenticated (the default)',
    wrong: '{{component}} sets {{flag}} to {{value}}: peers are not authenticated',
  },
  *check(view): Iterable<Violation<'omitted' | 'wrong'>> {
    for (const instance of processesOf(view, 'etcd'))
      yield* booleanFlagViolations(instance, 'peer-client-cert-auth', true, false);
  },
});
