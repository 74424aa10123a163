import { rbacEphemeralContainers } from '../../../../src/rules/kubernetes/rbac/rbac-ephemeral-containers.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import { manifest, role, roleBinding, sa, subjectLineOf } from './rbac-manifests.js';

function bound(rules: RuleSpec[]): string {
  return manifest(role('r', rules), roleBinding('r', { kind: 'Role', name: 'r' }, [sa('debug')]));
}

const patch = bound([{ apiGroups: [''], resources: ['pods/ephemeralcontainers'], verbs: ['patch'] }]);
const update = bound([{ apiGroups: [''], resources: ['*/ephemeralcontainers'], verbs: ['update'] }]);

ruleTester(rbacEphemeralContainers, {
  valid: [
    {
      name: 'create is not how they are added',
      code: bound([{ apiGroups: [''], resources: ['pods/ephemeralcontainers'], verbs: ['create'] }]),
    },
    {
      name: 'read only',
      code: bound([{ apiGroups: [''], resources: ['pods/ephemeralcontainers'], verbs: ['get'] }]),
    },
  ],
  invalid: [
    { name: 'patch', code: patch, errors: [{ line: subjectLineOf(patch, 'debug'), messageId: 'grant' }] },
    {
      name: 'update through */ephemeralcontainers',
      code: update,
      errors: [{ line: subjectLineOf(update, 'debug') }],
    },
  ],
});
