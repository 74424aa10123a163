import { rbacImpersonate } from '../../../../src/rules/kubernetes/rbac/rbac-impersonate.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import {
  clusterRole,
  clusterRoleBinding,
  manifest,
  role,
  roleBinding,
  sa,
  subjectLineOf,
  user,
} from './rbac-manifests.js';

function cluster(rules: RuleSpec[]): string {
  return manifest(
    clusterRole('c', rules),
    clusterRoleBinding('c', { kind: 'ClusterRole', name: 'c' }, [user('proxy')]),
  );
}
function namespaced(rules: RuleSpec[]): string {
  return manifest(role('r', rules), roleBinding('r', { kind: 'Role', name: 'r' }, [sa('tool')]));
}

const users = cluster([{ apiGroups: [''], resources: ['users', 'groups'], verbs: ['impersonate'] }]);
const accounts = namespaced([{ apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] }]);
const uids = cluster([{ apiGroups: ['authentication.k8s.io'], resources: ['uids'], verbs: ['impersonate'] }]);

ruleTester(rbacImpersonate, {
  valid: [
    {
      name: 'a RoleBinding cannot grant impersonating users (cluster-scoped)',
      code: namespaced([{ apiGroups: [''], resources: ['users'], verbs: ['impersonate'] }]),
    },
    {
      name: 'reading users is nothing',
      code: cluster([{ apiGroups: [''], resources: ['users'], verbs: ['get'] }]),
    },
  ],
  invalid: [
    {
      name: 'users and groups',
      code: users,
      errors: [{ line: subjectLineOf(users, 'proxy'), messageId: 'grant' }],
    },
    {
      name: "the namespace's service accounts",
      code: accounts,
      errors: [{ line: subjectLineOf(accounts, 'tool') }],
    },
    { name: 'uids', code: uids, errors: [{ line: subjectLineOf(uids, 'proxy') }] },
  ],
});
