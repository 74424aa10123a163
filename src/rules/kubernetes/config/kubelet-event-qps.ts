import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';

const defaultQps = 50;

export const kubeletEventQps = defineRule({
  id: 'KC046',
  slug: 'kubelet-event-qps',
  title: 'Kubelet drops events beyond a low rate',
  severity: 'info',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    '`eventRecordQPS` caps the events a kubelet creates per second (default 50; 0 means no limit). Set lower ' +
    'than the default, bursts such as a pod crash-looping or being killed for memory are dropped, and the events ' +
    'that explain an incident are missing when someone looks.',
  remediation: 'Remove the field, or set 0 (no limit) or a value at least as high as the default of 50.',
  references: {
    cis: ['k8s-1.9:4.2.8'],
    urls: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
  },
  messages: {
    low: 'The kubelet records at most {{value}} events per second (default {{default}}): bursts are lost',
  },
  *check(view): Iterable<Violation<'low'>> {
    const value = kubeletConfiguration(view)?.eventRecordQPS;
    if (value !== undefined && value > 0 && value < defaultQps)
      yield { messageId: 'low', data: { value, default: defaultQps }, path: ['eventRecordQPS'] };
  },
});
