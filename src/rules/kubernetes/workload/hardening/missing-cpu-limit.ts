import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { missingLimits } from './workload-utils.js';

export const missingCpuLimit = defineRule({
  id: 'KW021',
  slug: 'missing-cpu-limit',
  title: 'Container has no CPU limit',
  severity: 'low',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Without a CPU limit, a runaway or compromised container can use every core its node has left and starve its ' +
    'neighbours. Some teams leave CPU limits out on purpose to avoid throttling; they can disable this rule and ' +
    'keep the memory checks.',
  remediation:
    'Set `resources.limits.cpu` on every regular and init container, sized from observed usage, or enforce a ' +
    'default with a LimitRange in the namespace.',
  references: {
    trivy: ['KSV-0011'],
    urls: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  },
  messages: {
    missing: 'container "{{container}}" sets no CPU limit (resources.limits.cpu)',
  },
  *check(view) {
    for (const { entry, path } of missingLimits(view, 'cpu'))
      yield { messageId: 'missing', data: { container: entry.name }, path };
  },
});
