import { defineRule } from '../../define-rule.js';
import { workloadsByNamespace } from '../network/network-utils/network-model.js';
import { backendsOf, judgedService } from './exposure-utils/judged-service.js';

export const serviceSelectsNoPod = defineRule({
  id: 'KN014',
  slug: 'service-selects-no-pod',
  title: 'Service selector matches no pod',
  severity: 'low',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: ['Service'],
  rationale:
    'A Service whose selector matches none of the workloads sends its traffic nowhere: usually a label changed on ' +
    'one side. Whoever later creates a pod with those labels, in that namespace, receives the Service’s traffic, ' +
    'and the policies and Ingresses written for the intended pods. Judged only when the input holds workloads in ' +
    'the Service’s namespace; Services without a selector (endpoints managed by hand) are not reported.',
  remediation:
    'Make `spec.selector` match the pod template labels of the intended workload, or remove the Service.',
  references: {
    urls: ['https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service'],
  },
  messages: {
    none:
      'Service {{service}} selects {{selector}}, which none of the {{count}} scanned workloads of namespace ' +
      '{{namespace}} carry: its traffic goes nowhere, or to whoever adds those labels',
  },
  *check(view, context) {
    const index = context.cluster;
    const service = judgedService(view);
    if (index === undefined || service === undefined || service.selector === undefined) return;
    if (Object.keys(service.selector).length === 0) return;
    const inNamespace = workloadsByNamespace(index).get(service.namespace) ?? [];
    if (inNamespace.length === 0 || backendsOf(index, service).length > 0) return;
    yield {
      messageId: 'none',
      data: {
        service: `${service.namespace}/${service.entry.name}`,
        selector: Object.entries(service.selector)
          .map(([key, value]) => `${key}=${value}`)
          .join(', '),
        count: inNamespace.length,
        namespace: service.namespace,
      },
      path: ['spec', 'selector'],
    };
  },
});
