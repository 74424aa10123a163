import { describeSubject } from '../cluster-utils/subjects.js';
import { defineRule } from '../../define-rule.js';
import { bindingKinds, judgedBinding } from './rbac-utils/binding-risk.js';
import {
  describeBoundRole,
  describeObject,
  describeScope,
  describeWorkloads,
} from './rbac-utils/describe.js';

export const rbacDefaultServiceAccountBound = defineRule({
  id: 'KR015',
  slug: 'rbac-default-service-account-bound',
  title: 'Binding grants a role to a namespace’s default service account',
  severity: 'medium',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'Every pod that names no service account runs as its namespace’s `default` one and, unless told otherwise, ' +
    'carries its token. A role bound to `default` is therefore given to every such pod, present and future, ' +
    'whoever deploys it.',
  remediation:
    'Create a dedicated service account for the workload that needs the role, bind the role to it, and set ' +
    '`serviceAccountName` in that workload. Leave `default` without bindings.',
  references: {
    cis: ['k8s-1.9:5.1.5'],
    mitre: ['T1078.001'],
    urls: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
  },
  messages: {
    defaultBound:
      '{{subject}} is bound {{scope}} by {{binding}} to {{role}}: every pod of the namespace that names no ' +
      'service account gets it{{workloads}}',
  },
  *check(view, context) {
    const judged = judgedBinding(view, context);
    if (judged === undefined) return;
    for (const { subject, path } of judged.subjects) {
      if (subject.kind !== 'ServiceAccount' || subject.name !== 'default') continue;
      yield {
        messageId: 'defaultBound',
        data: {
          subject: describeSubject(subject),
          scope: describeScope(judged.grant.scope),
          binding: describeObject(judged.binding),
          role: describeBoundRole(judged.grant),
          workloads: describeWorkloads(judged.index, subject),
        },
        path,
      };
    }
  },
});
