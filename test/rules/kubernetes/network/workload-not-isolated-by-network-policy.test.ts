import { workloadNotIsolatedByNetworkPolicy } from '../../../../src/rules/kubernetes/network/workload-not-isolated-by-network-policy.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { container, invalidWorkloads, networkPolicy, podLabelsLine, validWorkloads } from './cases.js';

const snippet = { podSpec: container, namespace: 'shop' };

ruleTester(workloadNotIsolatedByNetworkPolicy, {
  valid: [
    ...validWorkloads('a default deny in its namespace', snippet, [
      networkPolicy('shop', 'deny', 'podSelector: {}\npolicyTypes: [Ingress]'),
    ]),
    ...validWorkloads('a policy that selects its labels', snippet, [
      networkPolicy(
        'shop',
        'app',
        'podSelector:\n  matchExpressions: [{key: app, operator: In, values: [test]}]\ningress:\n  - from:\n      - podSelector: {}',
      ),
    ]),
    ...validWorkloads('host network (KN015 reports it)', {
      podSpec: `hostNetwork: true\n${container}`,
      namespace: 'shop',
    }),
    ...validWorkloads('a policy may select it by labels the input does not show', snippet, [
      'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: x, namespace: shop}\nspec:\n  endpointSelector: {matchLabels: {reserved:host: ""}}\n  ingress:\n    - {}',
    ]),
    {
      name: 'PodTemplate runs no pods',
      code: 'apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n  spec:\n    containers: [{name: a, image: a}]\n',
    },
  ],
  invalid: [
    ...invalidWorkloads({
      name: 'no policy',
      snippet,
      errors: (code) => [{ line: podLabelsLine(code), messageId: 'unselected' }],
    }),
    ...invalidWorkloads({
      name: 'only an egress policy selects it',
      snippet,
      others: [networkPolicy('shop', 'out', 'podSelector: {}\npolicyTypes: [Egress]')],
      errors: (code) => [{ line: podLabelsLine(code), messageId: 'notIsolating' }],
    }),
    ...invalidWorkloads({
      name: 'the policy is in another namespace',
      snippet,
      others: [networkPolicy('other', 'deny', 'podSelector: {}')],
      errors: (code) => [{ line: podLabelsLine(code), messageId: 'unselected' }],
    }),
    ...invalidWorkloads({
      name: 'the policy selects other labels',
      snippet: { podSpec: container },
      others: [networkPolicy('default', 'web', 'podSelector: {matchLabels: {app: web}}')],
      errors: (code) => [{ line: podLabelsLine(code), messageId: 'unselected' }],
    }),
  ],
});
