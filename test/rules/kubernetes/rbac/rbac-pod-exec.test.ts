import { rbacPodExec } from '../../../../src/rules/kubernetes/rbac/rbac-pod-exec.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import { manifest, role, roleBinding, sa, subjectLineOf } from './rbac-manifests.js';

function bound(rules: RuleSpec[]): string {
  return manifest(role('r', rules), roleBinding('r', { kind: 'Role', name: 'r' }, [sa('debug')]));
}

const create = bound([{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }]);
const get = bound([{ apiGroups: [''], resources: ['pods/exec'], verbs: ['get'] }]);
const everySubresource = bound([{ apiGroups: [''], resources: ['*/exec'], verbs: ['create'] }]);
const oneName = bound([
  { apiGroups: [''], resources: ['pods/exec'], resourceNames: ['web-0'], verbs: ['create'] },
]);

ruleTester(rbacPodExec, {
  valid: [
    {
      name: 'pods/* is not a wildcard',
      code: bound([{ apiGroups: [''], resources: ['pods/*'], verbs: ['create'] }]),
    },
    { name: 'pods alone', code: bound([{ apiGroups: [''], resources: ['pods'], verbs: ['create', 'get'] }]) },
    { name: 'pods/log', code: bound([{ apiGroups: [''], resources: ['pods/log'], verbs: ['get'] }]) },
    { name: 'wrong verb', code: bound([{ apiGroups: [''], resources: ['pods/exec'], verbs: ['delete'] }]) },
  ],
  invalid: [
    {
      name: 'create pods/exec',
      code: create,
      errors: [{ line: subjectLineOf(create, 'debug'), messageId: 'grant' }],
    },
    { name: 'get pods/exec (WebSocket)', code: get, errors: [{ line: subjectLineOf(get, 'debug') }] },
    { name: '*/exec', code: everySubresource, errors: [{ line: subjectLineOf(everySubresource, 'debug') }] },
    { name: 'exec into one named pod', code: oneName, errors: [{ line: subjectLineOf(oneName, 'debug') }] },
  ],
});
