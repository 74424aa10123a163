import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { bindingKinds, judgedBinding } from './rbac-utils/binding-risk.js';
import { describeBoundRole, describeObject } from './rbac-utils/describe.js';

export const rbacRoleNotFound = defineRule({
  id: 'KR017',
  slug: 'rbac-role-not-found',
  title: 'Binding refers to a role that does not exist',
  severity: 'medium',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'A binding to a missing role grants nothing today, but it is a loaded reference: whoever later creates a role ' +
    'of that name, by mistake or on purpose, grants it at once to every subject of the binding. A ' +
    'ClusterRoleBinding that names a Role, or a `roleRef.kind` that is neither, is refused by the API ' +
    'server.',
  remediation:
    'Fix the name in `roleRef`, add the role to the same manifests, or delete the binding. The built-in ' +
    'ClusterRoles (`cluster-admin`, `admin`, `edit`, `view`, `system:*`) always exist and are never ' +
    'reported.',
  references: {
    mitre: ['T1098.006'],
    urls: [
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding',
    ],
  },
  messages: {
    missing:
      '{{binding}} refers to {{role}}, which is not in the scanned input: a role created later under that name ' +
      'is granted at once to its subjects',
    invalidKind:
      '{{binding}} refers to a {{kind}}: a {{bindingKind}} can only refer to {{allowed}}, so the API server ' +
      'refuses it',
  },
  *check(view, context): Iterable<Violation<'missing' | 'invalidKind'>> {
    const judged = judgedBinding(view, context);
    if (judged === undefined) return;
    const { binding, grant } = judged;
    if (grant.resolution.status === 'missing') {
      yield {
        messageId: 'missing',
        data: { binding: describeObject(binding), role: describeBoundRole(grant) },
        path: ['roleRef', 'name'],
      };
    } else if (grant.resolution.status === 'invalid-kind') {
      yield {
        messageId: 'invalidKind',
        data: {
          binding: describeObject(binding),
          kind: binding.roleRef.kind,
          bindingKind: binding.kind,
          allowed: binding.kind === 'ClusterRoleBinding' ? 'a ClusterRole' : 'a Role or a ClusterRole',
        },
        path: ['roleRef', 'kind'],
      };
    }
  },
});
