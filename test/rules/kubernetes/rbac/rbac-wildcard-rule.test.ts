import { rbacWildcardRule } from '../../../../src/rules/kubernetes/rbac/rbac-wildcard-rule.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { clusterRole, lineOf, role } from './rbac-manifests.js';

const verbs = role('r', [
  { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
  { apiGroups: [''], resources: ['configmaps'], verbs: ['*'] },
]);
const everything = clusterRole('c', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]);
const subresource = role('r', [{ apiGroups: [''], resources: ['pods', 'pods/*'], verbs: ['get'] }]);

ruleTester(rbacWildcardRule, {
  valid: [
    {
      name: 'explicit lists',
      code: role('r', [
        { apiGroups: ['', 'apps'], resources: ['pods', 'deployments'], verbs: ['get', 'list'] },
      ]),
    },
    {
      name: '*/scale is a real wildcard',
      code: role('r', [{ apiGroups: ['apps'], resources: ['*/scale'], verbs: ['update'] }]),
    },
    { name: 'rules omitted', code: role('r', []).replace('rules: []\n', '') },
    {
      name: 'cluster-admin itself',
      code: clusterRole('cluster-admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]),
    },
    {
      name: 'aggregated ClusterRole (its rules are written by the controller)',
      code: clusterRole('agg', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]).replace(
        'rules:',
        'aggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: {x: "true"}\nrules:',
      ),
    },
  ],
  invalid: [
    {
      name: '* verbs',
      code: verbs,
      errors: [{ line: lineOf(verbs, 'configmaps'), messageId: 'wildcard', path: 'rules[1].verbs[0]' }],
    },
    {
      name: 'one finding per rule: the first wildcard field',
      code: everything,
      errors: [{ line: lineOf(everything, 'apiGroups: ["*"]'), path: 'rules[0].verbs[0]' }],
    },
    {
      name: 'pods/* matches nothing',
      code: subresource,
      errors: [
        {
          line: lineOf(subresource, 'pods/*'),
          messageId: 'subresourceWildcard',
          path: 'rules[0].resources[1]',
        },
      ],
    },
  ],
});
