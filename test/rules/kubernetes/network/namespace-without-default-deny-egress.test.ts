import { namespaceWithoutDefaultDenyEgress } from '../../../../src/rules/kubernetes/network/namespace-without-default-deny-egress.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { join, namespaceObject, networkPolicy } from './cases.js';

const shop = namespaceObject('shop');

ruleTester(namespaceWithoutDefaultDenyEgress, {
  valid: [
    {
      name: 'default deny egress',
      code: join(shop, networkPolicy('shop', 'deny', 'podSelector: {}\npolicyTypes: [Egress]')),
    },
    {
      name: 'egress rules without policyTypes isolate egress',
      code: join(
        shop,
        networkPolicy('shop', 'dns', 'podSelector: {}\negress:\n  - ports: [{port: 53, protocol: UDP}]'),
      ),
    },
    {
      name: 'Calico egress-only global policy',
      code: join(
        shop,
        'apiVersion: crd.projectcalico.org/v1\nkind: GlobalNetworkPolicy\nmetadata: {name: out}\nspec:\n  egress:\n    - action: Allow\n      protocol: UDP\n      destination: {ports: [53]}',
      ),
    },
    {
      name: 'Cilium egress deny-all',
      code: join(
        shop,
        'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: out, namespace: shop}\nspec:\n  endpointSelector: {}\n  egress:\n    - {}',
      ),
    },
    { name: 'kube-node-lease runs no pods', code: namespaceObject('kube-node-lease') },
  ],
  invalid: [
    {
      name: 'no policy',
      code: join(shop),
      errors: [{ line: 4, messageId: 'missing', path: 'metadata.name' }],
    },
    {
      name: 'ingress default deny only',
      code: join(shop, networkPolicy('shop', 'deny', 'podSelector: {}\npolicyTypes: [Ingress]')),
      errors: [{ line: 4 }],
    },
    {
      name: 'egress: [] adds no Egress type',
      code: join(shop, networkPolicy('shop', 'deny', 'podSelector: {}\negress: []')),
      errors: [{ line: 4 }],
    },
    {
      name: 'every pod selected, then every destination allowed',
      code: join(
        shop,
        networkPolicy('shop', 'open', 'podSelector: {}\npolicyTypes: [Egress]\negress:\n  - {}'),
      ),
      errors: [{ line: 4 }],
    },
    {
      name: 'Cilium policy that opts out of default deny',
      code: join(
        shop,
        'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: out, namespace: shop}\nspec:\n  endpointSelector: {}\n  enableDefaultDeny: {egress: false}\n  egress:\n    - toEntities: [world]',
      ),
      errors: [{ line: 4 }],
    },
  ],
});
