import { rbacPodAttach } from '../../../../src/rules/kubernetes/rbac/rbac-pod-attach.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import { manifest, role, roleBinding, sa, subjectLineOf } from './rbac-manifests.js';

function bound(rules: RuleSpec[]): string {
  return manifest(role('r', rules), roleBinding('r', { kind: 'Role', name: 'r' }, [sa('debug')]));
}

const create = bound([{ apiGroups: [''], resources: ['pods/attach'], verbs: ['create'] }]);
const get = bound([{ apiGroups: ['*'], resources: ['pods/attach'], verbs: ['get'] }]);

ruleTester(rbacPodAttach, {
  valid: [
    {
      name: 'exec is another rule',
      code: bound([{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }]),
    },
    {
      name: 'list attach does nothing',
      code: bound([{ apiGroups: [''], resources: ['pods/attach'], verbs: ['list'] }]),
    },
  ],
  invalid: [
    {
      name: 'create pods/attach',
      code: create,
      errors: [{ line: subjectLineOf(create, 'debug'), messageId: 'grant' }],
    },
    { name: 'get pods/attach in any group', code: get, errors: [{ line: subjectLineOf(get, 'debug') }] },
  ],
});
