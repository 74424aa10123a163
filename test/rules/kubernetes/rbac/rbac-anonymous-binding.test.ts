import { rbacAnonymousBinding } from '../../../../src/rules/kubernetes/rbac/rbac-anonymous-binding.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { clusterRoleBinding, group, roleBinding, sa, subjectLineOf, user } from './rbac-manifests.js';

const view = { kind: 'ClusterRole', name: 'view' };
const anonymous = clusterRoleBinding('a', view, [user('system:anonymous')]);
const unauthenticated = roleBinding('a', view, [group('system:unauthenticated')]);
const everyone = clusterRoleBinding('a', view, [
  group('ops'),
  group('system:authenticated'),
  group('system:serviceaccounts'),
]);

ruleTester(rbacAnonymousBinding, {
  valid: [
    { name: 'a named group', code: clusterRoleBinding('a', view, [group('ops')]) },
    {
      name: 'the service accounts of one namespace',
      code: clusterRoleBinding('a', view, [group('system:serviceaccounts:shop')]),
    },
    { name: 'a user named anonymous', code: clusterRoleBinding('a', view, [user('anonymous')]) },
    {
      name: 'a service account named system:anonymous is not the anonymous user',
      code: roleBinding('a', view, [sa('system:anonymous')]),
    },
  ],
  invalid: [
    {
      name: 'system:anonymous',
      code: anonymous,
      errors: [{ line: subjectLineOf(anonymous, 'system:anonymous'), messageId: 'anonymous' }],
    },
    {
      name: 'system:unauthenticated',
      code: unauthenticated,
      errors: [{ line: subjectLineOf(unauthenticated, 'system:unauthenticated'), messageId: 'anonymous' }],
    },
    {
      name: 'every authenticated identity, every service account',
      code: everyone,
      errors: [
        { line: subjectLineOf(everyone, 'system:authenticated'), messageId: 'everyone' },
        { line: subjectLineOf(everyone, 'system:serviceaccounts'), messageId: 'everyone' },
      ],
    },
  ],
});
