import { rbacDefaultServiceAccountBound } from '../../../../src/rules/kubernetes/rbac/rbac-default-service-account-bound.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { clusterRoleBinding, lineOf, roleBinding, sa, subjectLineOf, user } from './rbac-manifests.js';

const direct = roleBinding('d', { kind: 'ClusterRole', name: 'view' }, [sa('web'), sa('default')]);
const noNamespace = roleBinding('d', { kind: 'ClusterRole', name: 'view' }, [
  { kind: 'ServiceAccount', name: 'default' },
]);
const cluster = clusterRoleBinding('d', { kind: 'ClusterRole', name: 'missing' }, [
  sa('default', 'kube-system'),
]);

ruleTester(rbacDefaultServiceAccountBound, {
  valid: [
    {
      name: 'own service account',
      code: roleBinding('d', { kind: 'ClusterRole', name: 'view' }, [sa('web')]),
    },
    {
      name: 'a user called default',
      code: roleBinding('d', { kind: 'ClusterRole', name: 'view' }, [user('default')]),
    },
    {
      name: 'default-like name',
      code: roleBinding('d', { kind: 'ClusterRole', name: 'view' }, [sa('default-web')]),
    },
    {
      name: 'default without a namespace in a ClusterRoleBinding names nobody',
      code: clusterRoleBinding('d', { kind: 'ClusterRole', name: 'view' }, [
        { kind: 'ServiceAccount', name: 'default' },
      ]),
    },
  ],
  invalid: [
    {
      name: 'bound next to another subject',
      code: direct,
      errors: [{ line: subjectLineOf(direct, 'default'), messageId: 'defaultBound', path: 'subjects[1]' }],
    },
    {
      name: 'namespace omitted: the binding’s own',
      code: noNamespace,
      errors: [{ line: lineOf(noNamespace, 'name: "default"') }],
    },
    {
      name: 'bound even to a missing role',
      code: cluster,
      errors: [{ line: subjectLineOf(cluster, 'default') }],
    },
  ],
});
