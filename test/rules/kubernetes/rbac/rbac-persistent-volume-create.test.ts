import { rbacPersistentVolumeCreate } from '../../../../src/rules/kubernetes/rbac/rbac-persistent-volume-create.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import {
  clusterRole,
  clusterRoleBinding,
  manifest,
  roleBinding,
  sa,
  subjectLineOf,
} from './rbac-manifests.js';

function cluster(rules: RuleSpec[]): string {
  return manifest(
    clusterRole('c', rules),
    clusterRoleBinding('c', { kind: 'ClusterRole', name: 'c' }, [sa('provisioner', 'storage')]),
  );
}

const create = cluster([{ apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create'] }]);

ruleTester(rbacPersistentVolumeCreate, {
  valid: [
    {
      name: 'claims, not volumes',
      code: cluster([{ apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ['create'] }]),
    },
    {
      name: 'a RoleBinding cannot create volumes (cluster-scoped)',
      code: manifest(
        clusterRole('c', [{ apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create'] }]),
        roleBinding('c', { kind: 'ClusterRole', name: 'c' }, [sa('provisioner')]),
      ),
    },
  ],
  invalid: [
    {
      name: 'create persistentvolumes',
      code: create,
      errors: [{ line: subjectLineOf(create, 'provisioner'), messageId: 'grant' }],
    },
  ],
});
