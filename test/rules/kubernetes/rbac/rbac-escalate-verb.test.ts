import { rbacEscalateVerb } from '../../../../src/rules/kubernetes/rbac/rbac-escalate-verb.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import { manifest, role, roleBinding, sa, subjectLineOf } from './rbac-manifests.js';

const rbacGroup = 'rbac.authorization.k8s.io';

function bound(rules: RuleSpec[]): string {
  return manifest(role('r', rules), roleBinding('r', { kind: 'Role', name: 'r' }, [sa('op')]));
}

const escalate = bound([{ apiGroups: [rbacGroup], resources: ['roles'], verbs: ['escalate'] }]);
const wildcardVerbs = bound([{ apiGroups: [rbacGroup], resources: ['roles', 'rolebindings'], verbs: ['*'] }]);

ruleTester(rbacEscalateVerb, {
  valid: [
    {
      name: 'update roles',
      code: bound([{ apiGroups: [rbacGroup], resources: ['roles'], verbs: ['update', 'patch'] }]),
    },
    {
      name: 'escalate on bindings means nothing',
      code: bound([{ apiGroups: [rbacGroup], resources: ['rolebindings'], verbs: ['escalate'] }]),
    },
  ],
  invalid: [
    {
      name: 'escalate roles',
      code: escalate,
      errors: [{ line: subjectLineOf(escalate, 'op'), messageId: 'grant' }],
    },
    {
      name: '* verbs include escalate',
      code: wildcardVerbs,
      errors: [{ line: subjectLineOf(wildcardVerbs, 'op') }],
    },
  ],
});
