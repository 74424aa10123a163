import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { describeBackends, describeServicePorts, judgedService } from './exposure-utils/judged-service.js';

export const serviceLoadBalancer = defineRule({
  id: 'KN010',
  slug: 'service-load-balancer',
  title: 'Service is exposed through a public load balancer',
  severity: 'medium',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: ['Service'],
  rationale:
    'A `LoadBalancer` Service asks the cloud for an address on the internet: every port of the Service, and the ' +
    'pods behind it, can be reached by anyone, and each such Service is one more entry point to defend. Services ' +
    'annotated for an internal load balancer (AWS, GCP, Azure, Oracle) are not reported; one limited by ' +
    '`loadBalancerSourceRanges` is reported at low severity.',
  remediation:
    'Expose HTTP services through one Ingress or Gateway with TLS instead of a load balancer each; keep the others ' +
    '`ClusterIP`, or make the load balancer internal, or limit it with `loadBalancerSourceRanges`.',
  references: {
    mitre: ['T1133', 'T1190'],
    urls: ['https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer'],
  },
  messages: {
    public:
      'Service {{service}} is a public load balancer: {{ports}} can be reached from the internet{{backends}}',
    limited:
      'Service {{service}} is a load balancer limited to {{ranges}}: {{ports}} can be reached from there{{backends}}',
  },
  *check(view, context): Iterable<Violation<'public' | 'limited'>> {
    const service = judgedService(view);
    if (service === undefined || service.type !== 'LoadBalancer' || service.internal) return;
    const data = {
      service: `${service.namespace}/${service.entry.name}`,
      ports: describeServicePorts(service),
      backends: describeBackends(context, service),
    };
    const open =
      service.sourceRanges.length === 0 || service.sourceRanges.some((range) => /\/0$/.test(range.trim()));
    if (open) yield { messageId: 'public', data, path: ['spec', 'type'] };
    else
      yield {
        messageId: 'limited',
        data: { ...data, ranges: service.sourceRanges.join(', ') },
        path: ['spec', 'loadBalancerSourceRanges'],
        severity: 'low',
      };
  },
});
