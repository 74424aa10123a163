import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { missingRequests } from './workload-utils.js';

export const missingCpuRequest = defineRule({
  id: 'KW023',
  slug: 'missing-cpu-request',
  title: 'Container has no CPU request',
  severity: 'low',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'The scheduler places pods by their requests; a container without a CPU request is treated as needing none, ' +
    'lands on busy nodes and is the first to lose CPU time under contention. A CPU limit alone is enough, because ' +
    'Kubernetes then copies it into the request.',
  remediation:
    'Set `resources.requests.cpu` on every regular and init container to what it needs under normal load, or ' +
    'enforce a default with a LimitRange in the namespace.',
  references: {
    trivy: ['KSV-0015'],
    urls: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  },
  messages: {
    missing: 'container "{{container}}" sets no CPU request (resources.requests.cpu)',
  },
  *check(view) {
    for (const { entry, path } of missingRequests(view, 'cpu'))
      yield { messageId: 'missing', data: { container: entry.name }, path };
  },
});
