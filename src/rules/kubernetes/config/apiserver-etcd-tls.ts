import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag } from './config-utils/report.js';
import { missingFlags } from './config-utils/required-flags.js';

type MessageId = 'missing' | 'plainServer';

export const apiserverEtcdTls = defineRule({
  id: 'KC016',
  slug: 'apiserver-etcd-tls',
  title: 'API server talks to etcd without mutual TLS',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'etcd holds every object of the cluster, Secrets included. The API server must prove itself to etcd with a ' +
    'client certificate (`--etcd-certfile`, `--etcd-keyfile`) and verify etcd with `--etcd-cafile`; an ' +
    '`http://` etcd server sends the whole cluster state in clear text. Without these, etcd either accepts ' +
    'anyone or the API server accepts any etcd.',
  remediation:
    'Serve etcd over https with client certificate authentication, and set `--etcd-certfile`, `--etcd-keyfile` ' +
    'and `--etcd-cafile` on the API server.',
  references: {
    cis: ['k8s-1.9:1.2.23', 'k8s-1.9:1.2.26'],
    urls: [
      'https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters',
    ],
  },
  messages: {
    missing: '{{component}} has no {{flag}}: its etcd connection is not mutually authenticated',
    plainServer: '{{component}} reaches etcd at {{server}} in clear text',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      yield* missingFlags(instance, ['etcd-certfile', 'etcd-keyfile', 'etcd-cafile'], 'missing');
      for (const { item, flag } of instance.flags.list('etcd-servers'))
        if (item.toLowerCase().startsWith('http://'))
          yield atFlag(instance, flag, 'plainServer', { server: item });
    }
  },
});
