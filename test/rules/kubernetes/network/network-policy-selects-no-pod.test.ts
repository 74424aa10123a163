import { networkPolicySelectsNoPod } from '../../../../src/rules/kubernetes/network/network-policy-selects-no-pod.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { container, join, labelledWorkload, lineOf, networkPolicy } from './cases.js';

const deployment = labelledWorkload('Deployment', { podSpec: container, namespace: 'shop' });

ruleTester(networkPolicySelectsNoPod, {
  valid: [
    {
      name: 'selects the workload',
      code: join(deployment, networkPolicy('shop', 'p', 'podSelector: {matchLabels: {app: test}}')),
    },
    { name: 'selects every pod', code: join(deployment, networkPolicy('shop', 'p', 'podSelector: {}')) },
    {
      name: 'no workload in its namespace: not judged',
      code: join(deployment, networkPolicy('other', 'p', 'podSelector: {matchLabels: {app: x}}')),
    },
    { name: 'no workload at all', code: networkPolicy('shop', 'p', 'podSelector: {matchLabels: {app: x}}') },
    {
      name: 'a refused policy is KN006’s',
      code: join(
        deployment,
        networkPolicy(
          'shop',
          'p',
          'podSelector:\n  matchExpressions: [{key: app, operator: Is, values: [x]}]',
        ),
      ),
    },
    {
      name: 'Calico policy selecting it',
      code: join(
        deployment,
        "apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  selector: app == 'test'",
      ),
    },
    {
      name: 'cluster-wide policy selecting it',
      code: join(
        deployment,
        'apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: p}\nspec:\n  endpointSelector: {matchLabels: {app: test}}',
      ),
    },
  ],
  invalid: [
    (() => {
      const code = join(deployment, networkPolicy('shop', 'p', 'podSelector:\n  matchLabels: {app: tset}'));
      return {
        name: 'a typo in the label',
        code,
        errors: [{ line: lineOf(code, /^ {2}podSelector:/), messageId: 'none', path: 'spec.podSelector' }],
      };
    })(),
    (() => {
      const code = join(
        deployment,
        'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: shop}\nspecs:\n  - endpointSelector: {matchLabels: {app: test}}\n  - endpointSelector: {matchLabels: {app: gone}}',
      );
      return {
        name: 'one Cilium rule of two',
        code,
        errors: [{ line: lineOf(code, /app: gone/), path: 'specs[1].endpointSelector' }],
      };
    })(),
    (() => {
      const code = join(
        deployment,
        "apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  selector: app == 'gone'",
      );
      return { name: 'Calico selector', code, errors: [{ line: lineOf(code, /selector: app == 'gone'/) }] };
    })(),
    (() => {
      const code = join(
        deployment,
        "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: p}\nspec:\n  selector: app == 'gone'",
      );
      return {
        name: 'global policy selects nothing anywhere',
        code,
        errors: [{ line: lineOf(code, /selector: app == 'gone'/) }],
      };
    })(),
  ],
});
