import assert from 'node:assert/strict';
import { it } from 'node:test';
import { networkPolicyInvalid } from '../../../../src/rules/kubernetes/network/network-policy-invalid.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';
import { lineOf, networkPolicy } from './cases.js';

function bad(name: string, spec: string, pattern: RegExp, path?: string) {
  const code = `${networkPolicy('shop', 'p', spec)}\n`;
  return {
    name,
    code,
    errors: [{ line: lineOf(code, pattern), messageId: 'refused', ...(path ? { path } : {}) }],
  };
}

function raw(name: string, code: string, pattern: RegExp) {
  return { name, code, errors: [{ line: lineOf(code, pattern) }] };
}

const cilium = (spec: string) =>
  `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: shop}\n${spec}\n`;
const calico = (spec: string) =>
  `apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n${spec}\n`;

ruleTester(networkPolicyInvalid, {
  valid: [
    {
      name: 'a complete valid policy',
      code: `${networkPolicy(
        'shop',
        'p',
        [
          'podSelector: {matchExpressions: [{key: app, operator: Exists}]}',
          'policyTypes: [Ingress, Egress]',
          'ingress:',
          '  - from:',
          '      - namespaceSelector: {matchLabels: {team: a}}',
          '        podSelector: {matchLabels: {app: web}}',
          '      - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}',
          '    ports: [{port: http}, {port: 8000, endPort: 8100}, {protocol: UDP, port: 53}, {protocol: SCTP}]',
          'egress:',
          '  - to:',
          '      - ipBlock: {cidr: "fd00::/8", except: ["fd00:1::/32"]}',
        ].join('\n'),
      )}\n`,
    },
    {
      name: 'Cilium with a bare address',
      code: cilium(
        'spec:\n  endpointSelector: {}\n  egress:\n    - toCIDR: [10.0.0.1]\n      toPorts: [{ports: [{port: "443"}]}]',
      ),
    },
    {
      name: 'Calico with a port range and a named port',
      code: calico(
        "  selector: app == 'web'\n  ingress:\n    - action: Allow\n      protocol: TCP\n      destination: {ports: ['8000:8100', http, 443]}",
      ),
    },
  ],
  invalid: [
    bad(
      'malformed CIDR',
      'podSelector: {}\ningress:\n  - from:\n      - ipBlock:\n          cidr: 10.0.0.0/33',
      /cidr:/,
      'spec.ingress[0].from[0].ipBlock.cidr',
    ),
    bad(
      'not an address',
      'podSelector: {}\negress:\n  - to:\n      - ipBlock:\n          cidr: 10.0.0/8',
      /cidr:/,
    ),
    bad(
      'no prefix',
      'podSelector: {}\negress:\n  - to:\n      - ipBlock:\n          cidr: 10.0.0.0',
      /cidr:/,
    ),
    bad(
      'except outside the block',
      'podSelector: {}\negress:\n  - to:\n      - ipBlock:\n          cidr: 10.0.0.0/8\n          except:\n            - 192.168.0.0/16',
      /192\.168/,
      'spec.egress[0].to[0].ipBlock.except[0]',
    ),
    bad(
      'unknown operator',
      'podSelector:\n  matchExpressions:\n    - key: app\n      operator: Equals\n      values: [web]',
      /operator: Equals/,
      'spec.podSelector.matchExpressions[0].operator',
    ),
    bad(
      'In without values',
      'podSelector:\n  matchExpressions:\n    - key: app\n      operator: In',
      /operator: In/,
    ),
    bad(
      'Exists with values',
      'podSelector:\n  matchExpressions:\n    - key: app\n      operator: Exists\n      values: [web]',
      /values: \[web\]/,
    ),
    bad(
      'an empty peer',
      'podSelector: {}\ningress:\n  - from:\n      - {}',
      /- \{\}/,
      'spec.ingress[0].from[0]',
    ),
    bad(
      'ipBlock with a selector',
      'podSelector: {}\ningress:\n  - from:\n      - ipBlock: {cidr: 10.0.0.0/8}\n        podSelector: {}',
      /ipBlock/,
    ),
    bad('port out of range', 'podSelector: {}\ningress:\n  - ports:\n      - port: 70000', /port: 70000/),
    bad('a quoted number', 'podSelector: {}\ningress:\n  - ports:\n      - port: "80"', /port: "80"/),
    bad(
      'endPort below port',
      'podSelector: {}\ningress:\n  - ports:\n      - port: 90\n        endPort: 80',
      /endPort: 80/,
    ),
    bad(
      'endPort after a named port',
      'podSelector: {}\ningress:\n  - ports:\n      - port: http\n        endPort: 80',
      /endPort: 80/,
    ),
    bad(
      'unknown protocol',
      'podSelector: {}\ningress:\n  - ports:\n      - protocol: ICMP',
      /protocol: ICMP/,
    ),
    bad('unknown policy type', 'podSelector: {}\npolicyTypes:\n  - Ingress\n  - Both', /- Both/),
    bad('wrong type', 'podSelector: web', /podSelector: web/),
    raw('Calico selector that does not parse', calico("  selector: app = 'web'"), /selector:/),
    raw(
      'Calico ports without protocol',
      calico('  ingress:\n    - action: Allow\n      destination:\n        ports: [80]'),
      /- action/,
    ),
    raw('Calico unknown action', calico('  ingress:\n    - action: Accept'), /action: Accept/),
    raw(
      'Cilium malformed CIDR',
      cilium('spec:\n  endpointSelector: {}\n  egress:\n    - toCIDR:\n        - 300.0.0.0/8'),
      /300\.0/,
    ),
    raw(
      'Cilium unknown entity',
      cilium('spec:\n  endpointSelector: {}\n  ingress:\n    - fromEntities:\n        - everyone'),
      /- everyone/,
    ),
    raw('Cilium rule without a selector', cilium('spec:\n  ingress:\n    - {}'), /^spec:/),
    raw('Cilium without spec', cilium('metadata2: {}'), /^apiVersion/),
  ],
});

it('KN006 says why, at the field, and the message names the policy', () => {
  const code = `${networkPolicy('shop', 'p', 'podSelector: {}\ningress:\n  - from:\n      - ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/8]}')}\n`;
  const { findings } = runRuleOn(networkPolicyInvalid, { code });
  assert.deepEqual(
    findings.map((finding) => finding.message),
    [
      'NetworkPolicy shop/p would be refused, so it protects nothing: except "10.0.0.0/8" must lie strictly inside the block\'s CIDR "10.0.0.0/8"',
    ],
  );
});
