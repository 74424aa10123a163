import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { missingProbes } from './workload-utils.js';

export const missingReadinessProbe = defineRule({
  id: 'KW029',
  slug: 'missing-readiness-probe',
  title: 'Container has no readiness probe',
  severity: 'low',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Without a readiness probe, a pod receives Service traffic as soon as its containers start and keeps receiving ' +
    'it while it cannot answer, and a rollout cannot tell a broken version from a working one. Jobs, CronJobs and ' +
    'pods with restartPolicy Never or OnFailure run to completion and take no Service traffic, so they are exempt, ' +
    'as are init containers and ephemeral containers.',
  remediation:
    'Add a `readinessProbe` that succeeds only when the container can serve requests (dependencies reachable, ' +
    'caches warm), separate from the liveness probe.',
  references: {
    urls: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    ],
  },
  messages: {
    missing: 'container "{{container}}" has no readinessProbe',
  },
  *check(view) {
    for (const { entry, path } of missingProbes(view, 'readinessProbe')) {
      yield { messageId: 'missing', data: { container: entry.name }, path };
    }
  },
});
