import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { missingLimits } from './workload-utils.js';

export const missingMemoryLimit = defineRule({
  id: 'KW022',
  slug: 'missing-memory-limit',
  title: 'Container has no memory limit',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Without a memory limit, a leaking or hostile container grows until the node runs short of memory, and the ' +
    'kernel or kubelet then kills or evicts other pods. Memory cannot be throttled the way CPU can, so the limit ' +
    'is what keeps one workload from taking down its neighbours.',
  remediation:
    'Set `resources.limits.memory` on every regular and init container, sized from observed usage, or enforce a ' +
    'default with a LimitRange in the namespace.',
  references: {
    trivy: ['KSV-0018'],
    urls: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  },
  messages: {
    missing: 'container "{{container}}" sets no memory limit (resources.limits.memory)',
  },
  *check(view) {
    for (const { entry, path } of missingLimits(view, 'memory'))
      yield { messageId: 'missing', data: { container: entry.name }, path };
  },
});
