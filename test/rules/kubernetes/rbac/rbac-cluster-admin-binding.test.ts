import { rbacClusterAdminBinding } from '../../../../src/rules/kubernetes/rbac/rbac-cluster-admin-binding.js';
import { ruleTester } from '../../../support/rule-tester.js';
import {
  clusterRole,
  clusterRoleBinding,
  group,
  lineOf,
  manifest,
  role,
  roleBinding,
  sa,
  subjectLineOf,
  user,
} from './rbac-manifests.js';

const adminBinding = clusterRoleBinding('ops-admin', { kind: 'ClusterRole', name: 'cluster-admin' }, [
  group('ops'),
  user('alice'),
]);
const namespaceAdmin = roleBinding('shop-admin', { kind: 'ClusterRole', name: 'cluster-admin' }, [
  sa('deployer'),
]);
const everything = manifest(
  clusterRole('everything', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]),
  clusterRoleBinding('everything', { kind: 'ClusterRole', name: 'everything' }, [sa('ci', 'tools')]),
);
const coreAdmin = manifest(
  role('core-admin', [{ apiGroups: [''], resources: ['*'], verbs: ['*'] }]),
  roleBinding('core-admin', { kind: 'Role', name: 'core-admin' }, [group('shop-leads')]),
);
const aggregated = manifest(
  clusterRole('platform', [], {}).replace(
    'rules: []',
    'aggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: {platform/aggregate: "true"}\nrules: []',
  ),
  clusterRole('platform-all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }], {
    'platform/aggregate': 'true',
  }),
  clusterRoleBinding('platform', { kind: 'ClusterRole', name: 'platform' }, [user('bob')]),
);

ruleTester(rbacClusterAdminBinding, {
  valid: [
    {
      name: 'binding to view',
      code: clusterRoleBinding('viewers', { kind: 'ClusterRole', name: 'view' }, [group('devs')]),
    },
    {
      name: 'every verb on one resource only',
      code: manifest(
        role('pods', [{ apiGroups: [''], resources: ['pods'], verbs: ['*'] }]),
        roleBinding('pods', { kind: 'Role', name: 'pods' }, [sa('web')]),
      ),
    },
    {
      name: 'every resource but not every verb',
      code: manifest(
        role('reader', [{ apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list'] }]),
        roleBinding('reader', { kind: 'Role', name: 'reader' }, [sa('web')]),
      ),
    },
    {
      name: 'subjects omitted',
      code: clusterRoleBinding('nobody', { kind: 'ClusterRole', name: 'cluster-admin' }, []).replace(
        'subjects: []\n',
        '',
      ),
    },
    {
      name: 'binding to a missing role',
      code: clusterRoleBinding('ghost', { kind: 'ClusterRole', name: 'ghost' }, [user('alice')]),
    },
    {
      name: 'a Role named cluster-admin is not the ClusterRole',
      code: manifest(
        role('cluster-admin', [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }]),
        roleBinding('fake', { kind: 'Role', name: 'cluster-admin' }, [sa('web')]),
      ),
    },
    {
      name: 'the role itself is not judged',
      code: clusterRole('everything', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]),
    },
  ],
  invalid: [
    {
      name: 'ClusterRoleBinding to cluster-admin, one finding per subject',
      code: adminBinding,
      errors: [
        { line: subjectLineOf(adminBinding, 'ops'), messageId: 'fullControl', path: 'subjects[0]' },
        { line: subjectLineOf(adminBinding, 'alice'), messageId: 'fullControl', path: 'subjects[1]' },
      ],
    },
    {
      name: 'RoleBinding to cluster-admin (full control of the namespace)',
      code: namespaceAdmin,
      errors: [{ line: subjectLineOf(namespaceAdmin, 'deployer'), messageId: 'fullControl' }],
    },
    {
      name: 'own ClusterRole with * on *',
      code: everything,
      errors: [{ line: subjectLineOf(everything, 'ci'), messageId: 'fullControl' }],
    },
    {
      name: 'every verb on every resource of the core group',
      code: coreAdmin,
      errors: [{ line: subjectLineOf(coreAdmin, 'shop-leads'), messageId: 'fullControl' }],
    },
    {
      name: 'aggregated ClusterRole that picks up a * rule',
      code: aggregated,
      errors: [{ line: lineOf(aggregated, 'name: "bob"'), messageId: 'fullControl' }],
    },
  ],
});
