import type { FieldPath } from '../../../../core/index.js';
import type { PodSpecView } from '../../../../sources/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';

interface ServiceAccountChoice {
  name: string | undefined;
  path: FieldPath;
  field: 'serviceAccountName' | 'serviceAccount';
}

// `serviceAccount` is the deprecated alias; the API server uses it only when `serviceAccountName` is empty.
function serviceAccountOf(view: PodSpecView): ServiceAccountChoice {
  const { serviceAccountName, serviceAccount } = view.spec;
  const field = !serviceAccountName && serviceAccount ? 'serviceAccount' : 'serviceAccountName';
  const name = (field === 'serviceAccount' ? serviceAccount : serviceAccountName) || undefined;
  return { name, field, path: [...view.specPath, field] };
}

export const defaultServiceAccount = defineRule({
  id: 'KW032',
  slug: 'default-service-account',
  title: 'Pod runs as the default service account',
  severity: 'low',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    "Every pod that names no service account runs as its namespace's `default` one, so any permission or cloud " +
    'identity ever granted to `default` is shared by all of them, and an audit log cannot tell them apart.',
  remediation:
    'Create a service account per workload, grant it only what that workload needs, and set ' +
    '`serviceAccountName` in the pod spec.',
  references: {
    cis: ['k8s-1.9:5.1.5'],
    urls: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
  },
  messages: {
    missing: "pod sets no serviceAccountName, so it runs as the namespace's default service account",
    explicitDefault: 'pod runs as the default service account ({{field}}: default)',
  },
  *check(view) {
    const choice = serviceAccountOf(view);
    if (choice.name === undefined) yield { messageId: 'missing', path: choice.path };
    else if (choice.name === 'default')
      yield { messageId: 'explicitDefault', data: { field: choice.field }, path: choice.path };
  },
});
