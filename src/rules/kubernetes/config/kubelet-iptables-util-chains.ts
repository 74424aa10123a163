import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';

export const kubeletIptablesUtilChains = defineRule({
  id: 'KC045',
  slug: 'kubelet-iptables-util-chains',
  title: 'Kubelet does not manage its iptables chains',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    'With `makeIPTablesUtilChains: false` the kubelet stops keeping its iptables utility chains in step with pod ' +
    'networking, and manual rules drift from what the cluster expects, which can leave traffic unfiltered. The ' +
    'default is true.',
  remediation: 'Remove `makeIPTablesUtilChains: false` (or set it to true).',
  references: {
    cis: ['k8s-1.9:4.2.6'],
    urls: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
  },
  messages: { off: 'The kubelet does not manage its iptables chains (makeIPTablesUtilChains is false)' },
  *check(view): Iterable<Violation<'off'>> {
    if (kubeletConfiguration(view)?.makeIPTablesUtilChains === false)
      yield { messageId: 'off', path: ['makeIPTablesUtilChains'] };
  },
});
