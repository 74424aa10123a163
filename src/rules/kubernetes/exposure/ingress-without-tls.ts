import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { readIngress } from '../network/network-utils/services.js';
import { specObjectOf } from './exposure-utils/judged-service.js';

const ingressGroups = new Set(['networking.k8s.io', 'extensions']);

/** `*.example.com` covers `shop.example.com` (one label), as a TLS certificate does. */
function hostCovered(host: string, tlsHosts: readonly string[]): boolean {
  return tlsHosts.some((pattern) => {
    if (pattern === host) return true;
    if (!pattern.startsWith('*.')) return false;
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && !host.slice(0, -suffix.length).includes('.');
  });
}

export const ingressWithoutTls = defineRule({
  id: 'KN013',
  slug: 'ingress-without-tls',
  title: 'Ingress serves a host without TLS',
  severity: 'medium',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: ['Ingress'],
  rationale:
    'An Ingress without a `tls` section serves its hosts over plain HTTP: sessions, tokens and form data cross the ' +
    'internet readable and changeable by anyone on the path. A host that no `tls` entry names gets no certificate ' +
    'of its own. A `tls` entry without hosts covers every host, and `*.example.com` covers one level of names.',
  remediation:
    'Add a `tls` entry naming every host, with a certificate Secret (cert-manager issues and renews them), and ' +
    'let the controller redirect HTTP to HTTPS.',
  references: {
    mitre: ['T1557', 'T1040'],
    urls: ['https://kubernetes.io/docs/concepts/services-networking/ingress/#tls'],
  },
  messages: {
    noTls: 'Ingress {{ingress}} has no tls section: {{hosts}} {{verb}} served over plain HTTP',
    hostWithoutTls:
      'Ingress {{ingress}} serves {{host}}, which no tls entry names: it is served without its certificate',
  },
  *check(view): Iterable<Violation<'noTls' | 'hostWithoutTls'>> {
    const { resource } = view;
    const slash = (resource.apiVersion ?? '').lastIndexOf('/');
    if (
      resource.kind !== 'Ingress' ||
      !ingressGroups.has((resource.apiVersion ?? '').slice(0, Math.max(slash, 0)))
    )
      return;
    const spec = readIngress(specObjectOf(view));
    if (spec === undefined) return;
    const ingress = `${resource.namespace ?? 'default'}/${resource.name}`;
    const rules = spec.rules ?? [];
    const tls = spec.tls ?? [];
    if (tls.length === 0) {
      const hosts = [...new Set(rules.map((rule) => rule.host ?? '*'))];
      yield {
        messageId: 'noTls',
        data: {
          ingress,
          hosts:
            hosts.length === 0
              ? 'its default backend'
              : hosts.map((host) => (host === '*' ? 'every host' : host)).join(', '),
          verb: hosts.length > 1 ? 'are' : 'is',
        },
        path: rules.length > 0 ? ['spec', 'rules'] : ['spec'],
      };
      return;
    }
    if (tls.some((entry) => (entry.hosts ?? []).length === 0)) return;
    const tlsHosts = tls.flatMap((entry) => entry.hosts ?? []);
    for (const [index, rule] of rules.entries()) {
      const host = rule.host ?? undefined;
      if (host !== undefined && hostCovered(host, tlsHosts)) continue;
      yield {
        messageId: 'hostWithoutTls',
        data: { ingress, host: host ?? 'every host not named elsewhere' },
        path: host === undefined ? ['spec', 'rules', index] : ['spec', 'rules', index, 'host'],
      };
    }
  },
});
