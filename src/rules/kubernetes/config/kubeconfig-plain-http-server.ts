import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeconfig } from './config-utils/config-files.js';

const plainHttp = /^http:\/\/(?<host>\[[^\]]*\]|[^/:]+)/i;
const loopbackHost = /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

export const kubeconfigPlainHttpServer = defineRule({
  id: 'KC081',
  slug: 'kubeconfig-plain-http-server',
  title: 'kubeconfig reaches the API server over plain HTTP',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Config'],
  rationale:
    'An `http://` server sends every request, response and credential in clear text over the network. It is ' +
    'either an insecure API port (full access without authentication) or a proxy in front of the API server; ' +
    'either way anyone on the path reads the cluster’s data and the users’ tokens. A loopback address ' +
    '(`kubectl proxy`) is not reported.',
  remediation: 'Use the `https://` address of the API server with its CA.',
  references: {
    urls: ['https://kubernetes.io/docs/concepts/security/controlling-access/#transport-security'],
  },
  messages: { plainHttp: 'Cluster {{cluster}} is reached at {{server}} without TLS' },
  *check(view): Iterable<Violation<'plainHttp'>> {
    for (const [index, entry] of (kubeconfig(view)?.clusters ?? []).entries()) {
      const server = entry.cluster?.server ?? '';
      const host = plainHttp.exec(server.trim())?.groups?.['host'];
      if (host === undefined || loopbackHost.test(host)) continue;
      yield {
        messageId: 'plainHttp',
        data: { cluster: entry.name ?? `#${index + 1}`, server },
        path: ['clusters', index, 'cluster', 'server'],
      };
    }
  },
});
