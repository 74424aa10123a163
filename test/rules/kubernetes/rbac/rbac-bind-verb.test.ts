import { rbacBindVerb } from '../../../../src/rules/kubernetes/rbac/rbac-bind-verb.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import { clusterRole, clusterRoleBinding, manifest, sa, subjectLineOf } from './rbac-manifests.js';

const rbacGroup = 'rbac.authorization.k8s.io';

function bound(rules: RuleSpec[]): string {
  return manifest(
    clusterRole('c', rules),
    clusterRoleBinding('c', { kind: 'ClusterRole', name: 'c' }, [sa('op', 'ops')]),
  );
}

const bind = bound([{ apiGroups: [rbacGroup], resources: ['clusterroles'], verbs: ['bind'] }]);
const named = bound([
  { apiGroups: [rbacGroup], resources: ['roles'], resourceNames: ['viewer'], verbs: ['bind'] },
]);

ruleTester(rbacBindVerb, {
  valid: [
    {
      name: 'create bindings',
      code: bound([{ apiGroups: [rbacGroup], resources: ['rolebindings'], verbs: ['create'] }]),
    },
    {
      name: 'bind in another group',
      code: bound([{ apiGroups: ['example.com'], resources: ['roles'], verbs: ['bind'] }]),
    },
  ],
  invalid: [
    {
      name: 'bind clusterroles',
      code: bind,
      errors: [{ line: subjectLineOf(bind, 'op'), messageId: 'grant' }],
    },
    { name: 'bind one named role', code: named, errors: [{ line: subjectLineOf(named, 'op') }] },
  ],
});
