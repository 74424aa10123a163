import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { goBool } from './config-utils/flags.js';
import { atFlag } from './config-utils/report.js';

export const etcdPeerAutoTls = defineRule({
  id: 'KC031',
  slug: 'etcd-peer-auto-tls',
  title: 'etcd peers use self-signed certificates',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    '`--peer-auto-tls=true` makes each member generate a self-signed peer certificate. Members cannot verify ' +
    'each other, so peer authentication is impossible and an impostor can join replication.',
  remediation: 'Remove `--peer-auto-tls` and issue peer certificates from the etcd CA.',
  references: { cis: ['k8s-1.9:2.6'], urls: ['https://etcd.io/docs/latest/op-guide/security/'] },
  messages: {
    wrong: '{{component}} sets {{flag}} to {{value}}: peers use self-signed certificates',
  },
  *check(view): Iterable<Violation<'wrong'>> {
    // Off by default: only an explicit true (or a bare flag) turns self-signed certificates on.
    for (const instance of processesOf(view, 'etcd')) {
      const flag = instance.flags.get('peer-auto-tls');
      if (flag !== undefined && goBool(flag.value) !== false) yield atFlag(instance, flag, 'wrong');
    }
  },
});
