import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag } from './config-utils/report.js';
import { missingFlags } from './config-utils/required-flags.js';

type MessageId = 'missing' | 'plainUrl';

const loopbackUrl = /^http:\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?\/?$/i;

export const etcdClientTls = defineRule({
  id: 'KC026',
  slug: 'etcd-client-tls',
  title: 'etcd serves clients without TLS',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'etcd holds every Secret and object of the cluster. Without `--cert-file` and `--key-file` it serves clients ' +
    'in clear text, and an `http://` client URL on a routable address lets anyone on the network read and ' +
    'rewrite the cluster state, bypassing the API server, its authorization and its audit log.',
  remediation:
    'Give etcd a serving certificate (`--cert-file`, `--key-file`), listen with `https://` URLs, and require ' +
    'client certificates.',
  references: {
    cis: ['k8s-1.9:2.1'],
    urls: ['https://etcd.io/docs/latest/op-guide/security/'],
  },
  messages: {
    missing: '{{component}} has no {{flag}}: clients are served in clear text',
    plainUrl: '{{component}} listens for clients on {{url}} without TLS',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'etcd')) {
      yield* missingFlags(instance, ['cert-file', 'key-file'], 'missing');
      for (const { item, flag } of instance.flags.list('listen-client-urls'))
        if (item.toLowerCase().startsWith('http://') && !loopbackUrl.test(item))
          yield atFlag(instance, flag, 'plainUrl', { url: item });
    }
  },
});
