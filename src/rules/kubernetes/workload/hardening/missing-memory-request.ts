import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { missingRequests } from './workload-utils.js';

export const missingMemoryRequest = defineRule({
  id: 'KW024',
  slug: 'missing-memory-request',
  title: 'Container has no memory request',
  severity: 'low',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'The scheduler places pods by their requests; a container without a memory request can be packed onto a node ' +
    'that cannot hold it and is among the first evicted when memory runs short. A memory limit alone is enough, ' +
    'because Kubernetes then copies it into the request.',
  remediation:
    'Set `resources.requests.memory` on every regular and init container to what it needs under normal load, or ' +
    'enforce a default with a LimitRange in the namespace.',
  references: {
    trivy: ['KSV-0016'],
    urls: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  },
  messages: {
    missing: 'container "{{container}}" sets no memory request (resources.requests.memory)',
  },
  *check(view) {
    for (const { entry, path } of missingRequests(view, 'memory'))
      yield { messageId: 'missing', data: { container: entry.name }, path };
  },
});
