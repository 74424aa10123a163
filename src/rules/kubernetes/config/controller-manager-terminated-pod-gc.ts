import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { missingFlags } from './config-utils/required-flags.js';

export const controllerManagerTerminatedPodGc = defineRule({
  id: 'KC020',
  slug: 'controller-manager-terminated-pod-gc',
  title: 'Controller manager keeps up to 12500 terminated pods',
  severity: 'info',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'Terminated pods are garbage-collected only beyond `--terminated-pod-gc-threshold`, 12500 by default. Until ' +
    'then they stay in etcd, and a workload that fails in a loop (or someone creating failing pods on purpose) ' +
    'fills etcd and slows every list of pods.',
  remediation:
    'Set `--terminated-pod-gc-threshold` to a value sized for the cluster, for example 10 per node.',
  references: {
    cis: ['k8s-1.9:1.3.1'],
    urls: ['https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-garbage-collection'],
  },
  messages: { missing: '{{component}} has no {{flag}}: up to 12500 terminated pods are kept' },
  *check(view): Iterable<Violation<'missing'>> {
    for (const instance of processesOf(view, 'kube-controller-manager'))
      yield* missingFlags(instance, ['terminated-pod-gc-threshold'], 'missing');
  },
});
