import { rbacRoleNotFound } from '../../../../src/rules/kubernetes/rbac/rbac-role-not-found.js';
import { ruleTester } from '../../../support/rule-tester.js';
import {
  clusterRole,
  clusterRoleBinding,
  lineOf,
  manifest,
  role,
  roleBinding,
  sa,
  user,
} from './rbac-manifests.js';

const missingRole = roleBinding('b', { kind: 'Role', name: 'reader' }, [sa('web')]);
const otherNamespace = manifest(
  role('reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }], 'other'),
  roleBinding('b', { kind: 'Role', name: 'reader' }, [sa('web')]),
);
const missingClusterRole = clusterRoleBinding('b', { kind: 'ClusterRole', name: 'auditor' }, [user('alice')]);
const clusterToRole = manifest(
  role('reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
  clusterRoleBinding('b', { kind: 'Role', name: 'reader' }, [user('alice')]),
);
const unknownKind = roleBinding('b', { kind: 'Group', name: 'reader' }, [sa('web')]);

ruleTester(rbacRoleNotFound, {
  valid: [
    {
      name: 'Role in the same namespace',
      code: manifest(
        role('reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
        roleBinding('b', { kind: 'Role', name: 'reader' }, [sa('web')]),
      ),
    },
    {
      name: 'ClusterRole from another document',
      code: manifest(
        clusterRole('reader', []),
        roleBinding('b', { kind: 'ClusterRole', name: 'reader' }, [sa('web')]),
      ),
    },
    {
      name: 'built-in ClusterRole',
      code: clusterRoleBinding('b', { kind: 'ClusterRole', name: 'edit' }, [user('alice')]),
    },
    {
      name: 'system: ClusterRole (not modelled)',
      code: clusterRoleBinding('b', { kind: 'ClusterRole', name: 'system:node' }, [user('alice')]),
    },
  ],
  invalid: [
    {
      name: 'Role not in the input',
      code: missingRole,
      errors: [{ line: lineOf(missingRole, 'name: reader'), messageId: 'missing', path: 'roleRef.name' }],
    },
    {
      name: 'Role of another namespace',
      code: otherNamespace,
      errors: [{ line: lineOf(otherNamespace, 'name: reader', 2), messageId: 'missing' }],
    },
    {
      name: 'ClusterRole not in the input',
      code: missingClusterRole,
      errors: [{ line: lineOf(missingClusterRole, 'name: auditor'), messageId: 'missing' }],
    },
    {
      name: 'ClusterRoleBinding to a Role',
      code: clusterToRole,
      errors: [
        { line: lineOf(clusterToRole, 'kind: Role', 2), messageId: 'invalidKind', path: 'roleRef.kind' },
      ],
    },
    {
      name: 'roleRef kind that is no role',
      code: unknownKind,
      errors: [{ line: lineOf(unknownKind, 'kind: Group'), messageId: 'invalidKind' }],
    },
  ],
});
