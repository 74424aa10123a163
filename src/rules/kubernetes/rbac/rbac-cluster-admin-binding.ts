import { describeSubject } from '../cluster-utils/subjects.js';
import { isFullWildcard, isResourceWildcard } from '../cluster-utils/policy-rules.js';
import { defineRule } from '../../define-rule.js';
import { bindingKinds, judgedBinding } from './rbac-utils/binding-risk.js';
import {
  describeBoundRole,
  describeObject,
  describeOrigin,
  describeScope,
  describeWorkloads,
} from './rbac-utils/describe.js';

export const rbacClusterAdminBinding = defineRule({
  id: 'KR001',
  slug: 'rbac-cluster-admin-binding',
  title: 'Binding grants full control (cluster-admin, or `*` verbs on `*` resources)',
  severity: 'critical',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'A role with every verb on every resource, like `cluster-admin`, can do anything the API allows, including ' +
    'reading every Secret, running pods on any node and granting itself more. Bound cluster-wide it owns the ' +
    'cluster; bound in a namespace it owns that namespace and every account and Secret in it. `*` verbs on `*` ' +
    'resources of named API groups is the same for those groups: for the core group, every Secret, pod, exec ' +
    'session and service account token. The other KR rules leave such rules to this one.',
  remediation:
    'Bind a role that lists the verbs and resources the subject needs. Keep cluster-admin for break-glass access ' +
    'by named people, never for workloads or broad groups.',
  references: {
    cis: ['k8s-1.9:5.1.1', 'k8s-1.9:5.1.3'],
    mitre: ['T1098.006', 'T1078'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: {
    fullControl:
      '{{subject}} has full control {{scope}} (every verb on {{resources}}): {{binding}} grants {{role}} ' +
      '({{grantedAt}}){{workloads}}',
  },
  *check(view, context) {
    const judged = judgedBinding(view, context);
    if (judged === undefined) return;
    const granted =
      judged.grant.rules.find((candidate) => isFullWildcard(candidate.rule)) ??
      judged.grant.rules.find((candidate) => isResourceWildcard(candidate.rule));
    if (granted === undefined) return;
    const groups = isFullWildcard(granted.rule)
      ? 'every resource'
      : `every resource of API group${granted.rule.apiGroups.length === 1 ? '' : 's'} ${granted.rule.apiGroups
          .map((group) => (group === '' ? 'core' : group))
          .join(', ')}`;
    for (const { subject, path } of judged.subjects) {
      yield {
        messageId: 'fullControl',
        data: {
          subject: describeSubject(subject),
          resources: groups,
          scope: describeScope(judged.grant.scope),
          binding: describeObject(judged.binding),
          role: describeBoundRole(judged.grant),
          grantedAt: describeOrigin(granted, judged.grant),
          workloads: describeWorkloads(judged.index, subject),
        },
        path,
        // Full control of one namespace is less than of the cluster, but still every Secret and account in it.
        ...(judged.grant.scope.kind === 'namespace' ? { severity: 'high' as const } : {}),
      };
    }
  },
});
