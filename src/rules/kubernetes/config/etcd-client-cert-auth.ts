import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { booleanFlagViolations } from './config-utils/boolean-flag.js';
import { processesOf } from './config-utils/control-plane.js';

export const etcdClientCertAuth = defineRule({
  id: 'KC027',
  slug: 'etcd-client-cert-auth',
  title: 'etcd does not require client certificates',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'With `--client-cert-auth` off (the default) etcd serves any client that reaches its port, TLS or not: no ' +
    'identity is checked, so a pod or host on the control-plane network reads every Secret and can rewrite RBAC ' +
    'objects directly in storage.',
  remediation:
    'Set `--client-cert-auth=true` and `--trusted-ca-file` to the CA that signs the API server’s client certificate.',
  references: { cis: ['k8s-1.9:2.2'], urls: ['https://etcd.io/docs/latest/op-guide/security/'] },
  messages: {
    omitted: '{{component}} runs without {{flag}}=true: every client is served (the default)',
    wrong: '{{component}} sets {{flag}} to {{value}}: every client is served',
  },
  *check(view): Iterable<Violation<'omitted' | 'wrong'>> {
    for (const instance of processesOf(view, 'etcd'))
      yield* booleanFlagViolations(instance, 'client-cert-auth', true, false);
  },
});
