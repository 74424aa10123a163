import { defineRule } from '../../define-rule.js';
import { defaultDeny } from './network-utils/coverage.js';
import { describeOpenWorkloads } from './network-utils/describe.js';
import { judgedNamespace, podlessNamespaces } from './network-utils/judged.js';

export const namespaceWithoutDefaultDenyEgress = defineRule({
  id: 'KN002',
  slug: 'namespace-without-default-deny-egress',
  title: 'Namespace has no default-deny egress policy',
  severity: 'low',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: ['Namespace'],
  rationale:
    'Egress is open by default: a compromised pod can reach every other pod, the cloud metadata service, the API ' +
    'server and the internet, to move laterally, steal node credentials or send data out. A default-deny egress ' +
    'policy limits each pod to the destinations it was given. Kubernetes, Cilium and Calico policies count; a ' +
    'policy that selects every pod but then allows every destination does not.',
  remediation:
    'Add a NetworkPolicy with `podSelector: {}` and `policyTypes: [Egress]` to the namespace, with an egress rule ' +
    'for DNS (UDP and TCP 53 to the cluster DNS pods), then allow each workload its own destinations ' +
    '(`bulwark netpol suggest` writes a starting point).',
  references: {
    cis: ['k8s-1.9:5.3.2'],
    mitre: ['T1041', 'T1552.005'],
    urls: [
      'https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-egress-traffic',
    ],
  },
  messages: {
    missing:
      'namespace {{namespace}} has no policy that isolates all its pods for egress: pods no policy selects can ' +
      'connect anywhere{{open}}',
  },
  *check(view, context) {
    const judged = judgedNamespace(view, context);
    if (judged === undefined || podlessNamespaces.has(judged.info.name)) return;
    if (defaultDeny(judged.model, judged.info, 'egress').answer !== 'no') return;
    yield {
      messageId: 'missing',
      data: {
        namespace: judged.info.name,
        open: describeOpenWorkloads(judged.model, judged.info.name, 'egress'),
      },
      path: ['metadata', 'name'],
    };
  },
});
