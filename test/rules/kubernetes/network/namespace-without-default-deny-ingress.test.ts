import assert from 'node:assert/strict';
import { it } from 'node:test';
import { namespaceWithoutDefaultDenyIngress } from '../../../../src/rules/kubernetes/network/namespace-without-default-deny-ingress.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';
import { join, labelledWorkload, namespaceObject, networkPolicy } from './cases.js';

const shop = namespaceObject('shop', { team: 'red' });

ruleTester(namespaceWithoutDefaultDenyIngress, {
  valid: [
    {
      name: 'default deny',
      code: join(shop, networkPolicy('shop', 'deny', 'podSelector: {}\npolicyTypes: [Ingress]')),
    },
    {
      name: 'namespace-wide isolation that allows the namespace itself',
      code: join(
        shop,
        networkPolicy('shop', 'same', 'podSelector: {}\ningress:\n  - from:\n      - podSelector: {}'),
      ),
    },
    {
      name: 'a policy without spec isolates every pod',
      code: join(
        shop,
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x, namespace: shop}',
      ),
    },
    {
      name: 'Cilium cluster-wide deny-all',
      code: join(
        shop,
        'apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: deny}\nspec:\n  endpointSelector: {}\n  ingress:\n    - {}',
      ),
    },
    {
      name: 'Cilium cluster-wide policy selecting every pod by namespace label',
      code: join(
        shop,
        'apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: deny}\nspec:\n  endpointSelector:\n    matchLabels: {io.kubernetes.pod.namespace: shop}\n  ingress:\n    - fromEndpoints: [{}]',
      ),
    },
    {
      name: 'Calico global default deny',
      code: join(
        shop,
        'apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: deny}\nspec:\n  selector: all()\n  types: [Ingress, Egress]',
      ),
    },
    {
      name: 'Calico global policy by namespace label',
      code: join(
        shop,
        "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: deny}\nspec:\n  namespaceSelector: team == 'red'\n  types: [Ingress]",
      ),
    },
    { name: 'kube-public runs no pods', code: namespaceObject('kube-public') },
    {
      name: 'not a core Namespace',
      code: 'apiVersion: example.com/v1\nkind: Namespace\nmetadata: {name: shop}\n',
    },
  ],
  invalid: [
    {
      name: 'no policy at all',
      code: join(shop),
      errors: [{ line: 4, messageId: 'missing', path: 'metadata.name' }],
    },
    {
      name: 'a default deny in another namespace',
      code: join(shop, networkPolicy('other', 'deny', 'podSelector: {}')),
      errors: [{ line: 4 }],
    },
    {
      name: 'a policy for some pods only',
      code: join(shop, networkPolicy('shop', 'web', 'podSelector: {matchLabels: {app: web}}')),
      errors: [{ line: 4 }],
    },
    {
      name: 'every pod selected, then everything allowed',
      code: join(shop, networkPolicy('shop', 'open', 'podSelector: {}\ningress:\n  - {}')),
      errors: [{ line: 4 }],
    },
    {
      name: 'egress only',
      code: join(shop, networkPolicy('shop', 'out', 'podSelector: {}\npolicyTypes: [Egress]')),
      errors: [{ line: 4 }],
    },
    {
      name: 'a refused policy protects nothing',
      code: join(shop, networkPolicy('shop', 'bad', 'podSelector: {}\npolicyTypes: [Inbound]')),
      errors: [{ line: 4 }],
    },
    {
      name: 'Calico global policy for other namespaces',
      code: join(
        shop,
        "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: deny}\nspec:\n  namespaceSelector: team == 'blue'\n  types: [Ingress]",
      ),
      errors: [{ line: 4 }],
    },
    {
      name: 'name on a later line',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  labels: {a: b}\n  name: shop\n',
      errors: [{ line: 5 }],
    },
  ],
});

it('KN001 names the workloads of the namespace that are open now', () => {
  const code = join(
    shop,
    labelledWorkload('Deployment', { podSpec: 'containers: [{name: a, image: a}]', namespace: 'shop' }),
  );
  const { findings } = runRuleOn(namespaceWithoutDefaultDenyIngress, { code });
  assert.equal(findings.length, 1);
  assert.match(findings[0]?.message ?? '', /open now: Deployment shop\/test \(test\.yaml:\d+\)$/);
});
