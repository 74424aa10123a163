import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';

export const sharedProcessNamespace = defineRule({
  id: 'KW035',
  slug: 'shared-process-namespace',
  title: 'Containers share one process namespace',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    "With a shared process namespace every container of the pod sees the others' processes, can signal them, and " +
    'when running as the same user can read their environment variables and, through `/proc/<pid>/root`, their ' +
    'filesystems, so one compromised sidecar reaches the secrets of the main container.',
  remediation:
    'Remove `shareProcessNamespace: true`; for debugging, attach an ephemeral container with ' +
    '`kubectl debug --target` instead of sharing the namespace permanently.',
  references: {
    urls: ['https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/'],
  },
  messages: {
    shared:
      "pod sets shareProcessNamespace: true, so its containers can see and reach each other's processes",
  },
  *check(view) {
    if (view.spec.shareProcessNamespace !== true) return;
    yield { messageId: 'shared', path: [...view.specPath, 'shareProcessNamespace'] };
  },
});
