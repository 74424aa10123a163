import type { Severity } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { openPeers } from './network-utils/coverage.js';
import { judgedPolicy } from './network-utils/judged.js';
import type { PolicyRule } from './network-utils/model.js';
import { describePolicy } from './network-utils/model.js';
import { networkPolicyKinds } from './network-utils/policies.js';
import { describePortMatch } from './network-utils/port-text.js';

function severityOf(rule: PolicyRule): Severity | undefined {
  // Every source on one port is how a public service is meant to look; every source on every port is not.
  return rule.ports === 'any' ? undefined : 'low';
}

export const networkPolicyAllowsAll = defineRule({
  id: 'KN005',
  slug: 'network-policy-allows-all',
  title: 'Network policy allows every source or destination',
  severity: 'medium',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: networkPolicyKinds,
  rationale:
    'A rule without peers (`ingress: [{}]`, `from` or `to` left out), a peer with an empty namespace selector ' +
    '(every pod of every namespace), or an address block of `0.0.0.0/0` or `::/0` without exceptions lets ' +
    'everything through: the policy looks like segmentation but isolates nothing in that direction. Cilium ' +
    '(`fromEntities: [all]`, `world`, rules with only `toPorts`) and Calico (rules without a source or destination, ' +
    '`nets: [0.0.0.0/0]`) are read the same way. A rule limited to some ports is reported at low severity: that is ' +
    'how a public service is opened on purpose.',
  remediation:
    'Name the peers that need access: a `podSelector` for pods of the namespace, a `namespaceSelector` (with a ' +
    '`podSelector`) for other namespaces, an `ipBlock` for the address ranges that are really needed, with ' +
    '`except` for the pod and node ranges and 169.254.169.254.',
  references: {
    cis: ['k8s-1.9:5.3.2'],
    mitre: ['T1210'],
    urls: [
      'https://kubernetes.io/docs/concepts/services-networking/network-policies/#allow-all-ingress-traffic',
    ],
  },
  messages: {
    ingress: '{{policy}} lets {{what}} connect to the pods it selects{{ports}}',
    egress: '{{policy}} lets the pods it selects connect to {{what}}{{ports}}',
  },
  *check(view, context) {
    const judged = judgedPolicy(view, context);
    if (judged === undefined) return;
    const { policy } = judged;
    const seen = new Set<string>();
    for (const part of policy.parts)
      for (const direction of ['ingress', 'egress'] as const)
        for (const rule of direction === 'ingress' ? part.ingress : part.egress)
          for (const open of openPeers(rule)) {
            const key = JSON.stringify(open.path);
            if (seen.has(key)) continue;
            seen.add(key);
            const severity = severityOf(rule);
            yield {
              messageId: direction,
              data: { policy: describePolicy(policy), what: open.what, ports: describePortMatch(rule.ports) },
              path: open.path,
              ...(severity === undefined ? {} : { severity }),
            };
          }
  },
});
