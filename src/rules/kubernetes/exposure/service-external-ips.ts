import { defineRule } from '../../define-rule.js';
import { judgedService } from './exposure-utils/judged-service.js';

export const serviceExternalIps = defineRule({
  id: 'KN012',
  slug: 'service-external-ips',
  title: 'Service sets externalIPs (CVE-2020-8554)',
  severity: 'high',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: ['Service'],
  rationale:
    'kube-proxy sends traffic for a Service’s `externalIPs` to its pods, from every node, without checking that ' +
    'the address belongs to the cluster. Whoever can create or patch a Service can therefore capture traffic the ' +
    'cluster’s pods and nodes send to any address, such as a database or an identity provider (CVE-2020-8554, ' +
    'unfixed by design). A Service that uses the field keeps the door open, and the field cannot be refused ' +
    'selectively once it is allowed.',
  remediation:
    'Use a `LoadBalancer` Service or an Ingress instead, and refuse `externalIPs` cluster-wide with an admission ' +
    'policy (the DenyServiceExternalIPs admission plugin, or a ValidatingAdmissionPolicy with an allow-list).',
  references: {
    mitre: ['T1557'],
    urls: [
      'https://github.com/kubernetes/kubernetes/issues/97076',
      'https://kubernetes.io/docs/concepts/services-networking/service/#external-ips',
    ],
  },
  messages: {
    externalIp:
      'Service {{service}} claims external address {{address}}: traffic the cluster sends to it is captured by ' +
      'this Service (CVE-2020-8554)',
  },
  *check(view) {
    const service = judgedService(view);
    if (service === undefined) return;
    for (const [index, address] of service.externalIPs.entries())
      yield {
        messageId: 'externalIp',
        data: { service: `${service.namespace}/${service.entry.name}`, address },
        path: ['spec', 'externalIPs', index],
      };
  },
});
