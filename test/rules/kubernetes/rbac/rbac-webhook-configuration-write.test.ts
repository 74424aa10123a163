import { rbacWebhookConfigurationWrite } from '../../../../src/rules/kubernetes/rbac/rbac-webhook-configuration-write.js';
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

const group = 'admissionregistration.k8s.io';

function cluster(rules: RuleSpec[]): string {
  return manifest(
    clusterRole('c', rules),
    clusterRoleBinding('c', { kind: 'ClusterRole', name: 'c' }, [sa('installer', 'ops')]),
  );
}

const create = cluster([
  { apiGroups: [group], resources: ['mutatingwebhookconfigurations'], verbs: ['create'] },
]);
const remove = cluster([
  { apiGroups: [group], resources: ['validatingwebhookconfigurations'], verbs: ['delete'] },
]);

ruleTester(rbacWebhookConfigurationWrite, {
  valid: [
    {
      name: 'read only',
      code: cluster([
        { apiGroups: [group], resources: ['validatingwebhookconfigurations'], verbs: ['get', 'list'] },
      ]),
    },
    {
      name: 'a RoleBinding cannot reach them',
      code: manifest(
        clusterRole('c', [
          { apiGroups: [group], resources: ['mutatingwebhookconfigurations'], verbs: ['create'] },
        ]),
        roleBinding('c', { kind: 'ClusterRole', name: 'c' }, [sa('installer')]),
      ),
    },
  ],
  invalid: [
    {
      name: 'create mutating webhooks',
      code: create,
      errors: [{ line: subjectLineOf(create, 'installer'), messageId: 'grant' }],
    },
    {
      name: 'delete validating webhooks',
      code: remove,
      errors: [{ line: subjectLineOf(remove, 'installer') }],
    },
  ],
});
