import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';

export const kubeletPodPidsLimit = defineRule({
  id: 'KC050',
  slug: 'kubelet-pod-pids-limit',
  title: 'Kubelet does not limit process ids per pod',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    '`podPidsLimit` caps the processes one pod may create (default -1: no limit; 0 and below mean the same). ' +
    'Without it a fork bomb in one container exhausts the node’s process table and takes down every pod on it, ' +
    'the kubelet included.',
  remediation: 'Set `podPidsLimit` to a value that fits the workloads, for example 4096.',
  references: {
    cis: ['k8s-1.9:4.2.13'],
    urls: ['https://kubernetes.io/docs/concepts/policy/pid-limiting/'],
  },
  messages: {
    omitted: 'The kubelet configuration omits podPidsLimit: pods may create unlimited processes',
    unlimited: 'The kubelet sets podPidsLimit to {{value}}: pods may create unlimited processes',
  },
  *check(view): Iterable<Violation<'omitted' | 'unlimited'>> {
    const config = kubeletConfiguration(view);
    if (config === undefined) return;
    const value = config.podPidsLimit;
    if (value === undefined) yield { messageId: 'omitted', path: [] };
    else if (value <= 0) yield { messageId: 'unlimited', data: { value }, path: ['podPidsLimit'] };
  },
});
