import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { goBool } from './config-utils/flags.js';
import { atFlag } from './config-utils/report.js';

export const etcdAutoTls = defineRule({
  id: 'KC028',
  slug: 'etcd-auto-tls',
  title: 'etcd serves clients with a self-signed certificate',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    '`--auto-tls=true` makes etcd generate a self-signed certificate for client connections. Clients cannot ' +
    'verify it, so they are set to skip verification and anyone in the path can impersonate etcd.',
  remediation:
    'Remove `--auto-tls` and give etcd a certificate from the etcd CA (`--cert-file`, `--key-file`).',
  references: { cis: ['k8s-1.9:2.3'], urls: ['https://etcd.io/docs/latest/op-guide/security/'] },
  messages: {
    wrong: '{{component}} sets {{flag}} to {{value}}: clients get a self-signed certificate',
  },
  *check(view): Iterable<Violation<'wrong'>> {
    // Off by default: only an explicit true (or a bare flag) turns self-signed certificates on.
    for (const instance of processesOf(view, 'etcd')) {
      const flag = instance.flags.get('auto-tls');
      if (flag !== undefined && goBool(flag.value) !== false) yield atFlag(instance, flag, 'wrong');
    }
  },
});
