import { rbacServiceAccountTokenCreate } from '../../../../src/rules/kubernetes/rbac/rbac-service-account-token-create.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import { manifest, role, roleBinding, sa, subjectLineOf } from './rbac-manifests.js';

function bound(rules: RuleSpec[]): string {
  return manifest(role('r', rules), roleBinding('r', { kind: 'Role', name: 'r' }, [sa('broker')]));
}

const create = bound([{ apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] }]);
const named = bound([
  { apiGroups: [''], resources: ['serviceaccounts/token'], resourceNames: ['web'], verbs: ['create'] },
]);

ruleTester(rbacServiceAccountTokenCreate, {
  valid: [
    {
      name: 'get token does not mint',
      code: bound([{ apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['get'] }]),
    },
    {
      name: 'create serviceaccounts',
      code: bound([{ apiGroups: [''], resources: ['serviceaccounts'], verbs: ['create'] }]),
    },
  ],
  invalid: [
    {
      name: 'create tokens',
      code: create,
      errors: [{ line: subjectLineOf(create, 'broker'), messageId: 'grant' }],
    },
    { name: 'for one named account', code: named, errors: [{ line: subjectLineOf(named, 'broker') }] },
  ],
});
