import { findServiceAccount, namespacesWithServiceAccounts } from '../cluster-utils/lookup.js';
import { describeSubject } from '../cluster-utils/subjects.js';
import { defineRule } from '../../define-rule.js';
import { bindingKinds, judgedBinding } from './rbac-utils/binding-risk.js';
import { describeBoundRole, describeObject } from './rbac-utils/describe.js';

export const rbacServiceAccountNotFound = defineRule({
  id: 'KR018',
  slug: 'rbac-service-account-not-found',
  title: 'Binding grants a role to a service account that does not exist',
  severity: 'medium',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'A binding to a service account that does not exist is a grant waiting for an owner: whoever can create ' +
    'service accounts in that namespace creates one of that name and receives the role. It is also often a typo ' +
    'that leaves the intended workload without the access it needs.',
  remediation:
    'Fix the subject’s name or namespace, add the ServiceAccount to the manifests, or remove the subject. An ' +
    'account is judged missing only when the scan holds ServiceAccounts of its namespace (so that namespace’s ' +
    'accounts were scanned) and none has its name; `default` always exists.',
  references: {
    mitre: ['T1078'],
    urls: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
  },
  messages: {
    missing:
      '{{subject}} is not among the ServiceAccounts scanned in namespace {{namespace}}: {{binding}} grants ' +
      '{{role}} to whoever creates it',
  },
  *check(view, context) {
    const judged = judgedBinding(view, context);
    if (judged === undefined) return;
    const scannedNamespaces = namespacesWithServiceAccounts(judged.index);
    for (const { subject, path } of judged.subjects) {
      if (subject.kind !== 'ServiceAccount' || subject.name === 'default') continue;
      const namespace = subject.namespace ?? 'default';
      if (!scannedNamespaces.has(namespace)) continue;
      if (findServiceAccount(judged.index, namespace, subject.name) !== undefined) continue;
      yield {
        messageId: 'missing',
        data: {
          subject: describeSubject(subject),
          namespace,
          binding: describeObject(judged.binding),
          role: describeBoundRole(judged.grant),
        },
        path,
      };
    }
  },
});
