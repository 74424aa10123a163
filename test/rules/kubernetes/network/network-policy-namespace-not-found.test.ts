import { networkPolicyNamespaceNotFound } from '../../../../src/rules/kubernetes/network/network-policy-namespace-not-found.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { join, namespaceObject, networkPolicy } from './cases.js';

const shop = namespaceObject('shop');

ruleTester(networkPolicyNamespaceNotFound, {
  valid: [
    { name: 'the namespace is declared', code: join(shop, networkPolicy('shop', 'p', 'podSelector: {}')) },
    { name: 'no Namespace in the input', code: join(networkPolicy('shpo', 'p', 'podSelector: {}')) },
    {
      name: 'kube-system always exists',
      code: join(shop, networkPolicy('kube-system', 'p', 'podSelector: {}')),
    },
    {
      name: 'no namespace: default',
      code: join(
        shop,
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec: {podSelector: {}}',
      ),
    },
    {
      name: 'cluster-wide policies have no namespace',
      code: join(
        shop,
        'apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: p}\nspec: {endpointSelector: {}}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a typo in the namespace',
      code: join(shop, networkPolicy('shpo', 'p', 'podSelector: {}')),
      errors: [{ line: 10, messageId: 'missing', path: 'metadata.namespace' }],
    },
    {
      name: 'Calico policy',
      code: join(
        shop,
        'apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  name: p\n  namespace: web\nspec: {}',
      ),
      errors: [{ line: 10 }],
    },
  ],
});
