import { rbacSecretsRead } from '../../../../src/rules/kubernetes/rbac/rbac-secrets-read.js';
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
} from './rbac-manifests.js';

function bound(rules: RuleSpec[]): string {
  return manifest(role('r', rules), roleBinding('r', { kind: 'Role', name: 'r' }, [sa('web')]));
}

const get = bound([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]);
const readAll = manifest(
  clusterRole('reader', [{ apiGroups: [''], resources: ['*'], verbs: ['get', 'list', 'watch'] }]),
  clusterRoleBinding('reader', { kind: 'ClusterRole', name: 'reader' }, [
    sa('agent', 'ops'),
    sa('backup', 'ops'),
  ]),
);
const named = bound([{ apiGroups: [''], resources: ['secrets'], resourceNames: ['db'], verbs: ['get'] }]);
const anyGroup = bound([{ apiGroups: ['*'], resources: ['secrets'], verbs: ['watch'] }]);
const edit = roleBinding('editors', { kind: 'ClusterRole', name: 'edit' }, [sa('web')]);

ruleTester(rbacSecretsRead, {
  valid: [
    { name: 'create only', code: bound([{ apiGroups: [''], resources: ['secrets'], verbs: ['create'] }]) },
    {
      name: 'secrets of another API group',
      code: bound([{ apiGroups: ['example.com'], resources: ['secrets'], verbs: ['get'] }]),
    },
    {
      name: 'configmaps',
      code: bound([{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list'] }]),
    },
    { name: 'verbs omitted', code: bound([{ apiGroups: [''], resources: ['secrets'] }]) },
    {
      name: 'apiGroups omitted (matches no group)',
      code: bound([{ resources: ['secrets'], verbs: ['get'] }]),
    },
    { name: '* on * is left to KR001', code: bound([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]) },
    {
      name: 'a role nobody is bound to',
      code: role('r', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]),
    },
    {
      name: 'view has no secrets',
      code: roleBinding('viewers', { kind: 'ClusterRole', name: 'view' }, [sa('web')]),
    },
  ],
  invalid: [
    {
      name: 'get secrets',
      code: get,
      errors: [{ line: subjectLineOf(get, 'web'), messageId: 'grant', path: 'subjects[0]' }],
    },
    {
      name: 'read every core resource, cluster-wide, two subjects',
      code: readAll,
      errors: [
        { line: subjectLineOf(readAll, 'agent'), messageId: 'grant' },
        { line: subjectLineOf(readAll, 'backup'), messageId: 'grant' },
      ],
    },
    {
      name: 'limited to names still reads them',
      code: named,
      errors: [{ line: subjectLineOf(named, 'web') }],
    },
    { name: 'any API group', code: anyGroup, errors: [{ line: subjectLineOf(anyGroup, 'web') }] },
    { name: 'built-in edit', code: edit, errors: [{ line: subjectLineOf(edit, 'web') }] },
  ],
});
