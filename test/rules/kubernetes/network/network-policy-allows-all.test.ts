import assert from 'node:assert/strict';
import { it } from 'node:test';
import { networkPolicyAllowsAll } from '../../../../src/rules/kubernetes/network/network-policy-allows-all.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';
import { lineOf, networkPolicy } from './cases.js';

function at(spec: string, pattern: RegExp, extra: { messageId?: string; path?: string } = {}) {
  const code = `${networkPolicy('shop', 'p', spec)}\n`;
  return {
    name: spec.split('\n').slice(-2).join(' '),
    code,
    errors: [{ line: lineOf(code, pattern), ...extra }],
  };
}

const calicoOpen =
  'apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  selector: all()\n  ingress:\n    - action: Allow\n  egress:\n    - action: Allow\n      destination:\n        nets: [0.0.0.0/0]\n';

ruleTester(networkPolicyAllowsAll, {
  valid: [
    {
      name: 'default deny',
      code: `${networkPolicy('shop', 'p', 'podSelector: {}\npolicyTypes: [Ingress, Egress]')}\n`,
    },
    {
      name: 'pods of the namespace',
      code: `${networkPolicy('shop', 'p', 'podSelector: {}\ningress:\n  - from:\n      - podSelector: {}')}\n`,
    },
    {
      name: 'a labelled namespace',
      code: `${networkPolicy('shop', 'p', 'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector: {matchLabels: {team: a}}')}\n`,
    },
    {
      name: 'the internet except private and metadata ranges',
      code: `${networkPolicy('shop', 'p', 'podSelector: {}\negress:\n  - to:\n      - ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 169.254.169.254/32]}')}\n`,
    },
    {
      name: 'Cilium: every endpoint of the namespace',
      code: 'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  endpointSelector: {}\n  ingress:\n    - fromEndpoints: [{}]\n',
    },
    {
      name: 'Cilium deny rules never allow',
      code: 'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  endpointSelector: {}\n  ingressDeny:\n    - fromEntities: [all]\n',
    },
  ],
  invalid: [
    at('podSelector: {}\ningress:\n  - {}', /- \{\}/, { messageId: 'ingress', path: 'spec.ingress[0]' }),
    at('podSelector: {}\ningress:\n  - from:\n      - namespaceSelector: {}', /namespaceSelector/, {
      messageId: 'ingress',
      path: 'spec.ingress[0].from[0]',
    }),
    at('podSelector: {}\negress:\n  - to:\n      - ipBlock: {cidr: 0.0.0.0/0}', /ipBlock/, {
      messageId: 'egress',
    }),
    at('podSelector: {}\negress:\n  - to:\n      - ipBlock:\n          cidr: ::/0', /- ipBlock/, {
      messageId: 'egress',
    }),
    at('podSelector: {}\ningress:\n  - ports: [{port: 443}]', /ports/, { messageId: 'ingress' }),
    {
      name: 'Cilium: every entity, and the world',
      code: 'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  endpointSelector: {}\n  ingress:\n    - fromEntities: [all]\n  egress:\n    - toEntities: [world]\n',
      errors: [
        { line: 7, messageId: 'ingress' },
        { line: 9, messageId: 'egress' },
      ],
    },
    {
      name: 'Calico: no source, and every net',
      code: calicoOpen,
      errors: [
        { line: 7, messageId: 'ingress' },
        { line: 11, messageId: 'egress' },
      ],
    },
  ],
});

it('KN005 is low severity when the rule is limited to some ports', () => {
  const code = `${networkPolicy('shop', 'p', 'podSelector: {}\ningress:\n  - ports: [{port: 443}]\n  - {}')}\n`;
  const { findings } = runRuleOn(networkPolicyAllowsAll, { code });
  assert.deepEqual(
    findings.map((finding) => `${finding.severity}: ${finding.message}`),
    [
      'low: NetworkPolicy shop/p lets every peer connect to the pods it selects on TCP 443',
      'medium: NetworkPolicy shop/p lets every peer connect to the pods it selects on every port',
    ],
  );
});
