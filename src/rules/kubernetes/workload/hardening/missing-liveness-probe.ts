import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { missingProbes } from './workload-utils.js';

export const missingLivenessProbe = defineRule({
  id: 'KW028',
  slug: 'missing-liveness-probe',
  title: 'Container has no liveness probe',
  severity: 'low',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'A process that deadlocks or exhausts a pool keeps its container Running and silently stops serving; a ' +
    'liveness probe lets the kubelet restart it. Jobs, CronJobs and pods with restartPolicy Never or OnFailure run ' +
    'to completion and are bounded by activeDeadlineSeconds instead, so they are exempt, as are init containers ' +
    '(they finish before the pod serves) and ephemeral containers (they cannot have probes).',
  remediation:
    'Add a `livenessProbe` (httpGet, tcpSocket, grpc or exec) that fails only when the process cannot recover by ' +
    'itself, with a startupProbe or initialDelaySeconds long enough for a slow start.',
  references: {
    urls: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    ],
  },
  messages: {
    missing: 'container "{{container}}" has no livenessProbe',
  },
  *check(view) {
    for (const { entry, path } of missingProbes(view, 'livenessProbe')) {
      yield { messageId: 'missing', data: { container: entry.name }, path };
    }
  },
});
