import type { Severity } from '../../../core/index.js';
import type { SubjectRef } from '../cluster-utils/subjects.js';
import {
  allServiceAccountsGroup,
  anonymousUser,
  authenticatedGroup,
  describeSubject,
  unauthenticatedGroup,
} from '../cluster-utils/subjects.js';
import { defineRule } from '../../define-rule.js';
import { bindingKinds, judgedBinding } from './rbac-utils/binding-risk.js';
import { describeBoundRole, describeObject, describeScope } from './rbac-utils/describe.js';

type Audience = { messageId: 'anonymous' } | { messageId: 'everyone'; severity: Severity };

function audienceOf(subject: SubjectRef): Audience | undefined {
  if (subject.kind === 'User' && subject.name === anonymousUser) return { messageId: 'anonymous' };
  if (subject.kind !== 'Group') return undefined;
  if (subject.name === unauthenticatedGroup) return { messageId: 'anonymous' };
  if (subject.name === authenticatedGroup || subject.name === allServiceAccountsGroup)
    return { messageId: 'everyone', severity: 'medium' };
  return undefined;
}

export const rbacAnonymousBinding = defineRule({
  id: 'KR016',
  slug: 'rbac-anonymous-binding',
  title: 'Binding grants a role to anonymous users or to every authenticated identity',
  severity: 'critical',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    '`system:anonymous` and `system:unauthenticated` are whoever reaches the API server without credentials: a ' +
    'role bound to them is open to the network. `system:authenticated` and `system:serviceaccounts` are every ' +
    'user and every service account of every namespace, so one compromised pod anywhere gets the role.',
  remediation:
    'Bind the role to the specific users, groups or service accounts that need it. Keep anonymous access ' +
    'disabled on the API server (`--anonymous-auth=false`) or limited to health endpoints.',
  references: {
    mitre: ['T1078.001'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests'],
  },
  messages: {
    anonymous:
      '{{binding}} grants {{role}} {{scope}} to {{subject}}: anyone who reaches the API server gets it without ' +
      'credentials',
    everyone:
      '{{binding}} grants {{role}} {{scope}} to {{subject}}: every identity in that group, in every namespace, ' +
      'gets it',
  },
  *check(view, context) {
    const judged = judgedBinding(view, context);
    if (judged === undefined) return;
    for (const { subject, path } of judged.subjects) {
      const audience = audienceOf(subject);
      if (audience === undefined) continue;
      yield {
        ...audience,
        data: {
          subject: describeSubject(subject),
          scope: describeScope(judged.grant.scope),
          binding: describeObject(judged.binding),
          role: describeBoundRole(judged.grant),
        },
        path,
      };
    }
  },
});
