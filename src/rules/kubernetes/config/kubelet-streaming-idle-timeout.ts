import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';

const durationPart = /(?<amount>\d+(?:\.\d*)?|\.\d+)(?<unit>ns|us|µs|ms|s|m|h)/g;

/** A Go duration string that means zero: `0`, `0s`, `0h0m0s`. */
function isZeroDuration(text: string): boolean {
  const trimmed = text.trim().replace(/^[+-]/, '');
  if (trimmed === '0') return true;
  if (trimmed.replace(durationPart, '') !== '') return false;
  return [...trimmed.matchAll(durationPart)].every((part) => Number(part.groups?.['amount']) === 0);
}

export const kubeletStreamingIdleTimeout = defineRule({
  id: 'KC044',
  slug: 'kubelet-streaming-idle-timeout',
  title: 'Kubelet streaming connections never time out',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    '`streamingConnectionIdleTimeout` closes idle `exec`, `attach` and `port-forward` sessions (default 4h). Set ' +
    'to 0 they live forever: forgotten shells stay open into containers and the node can be exhausted with idle ' +
    'connections.',
  remediation: 'Remove the field or set a bounded timeout such as `5m`.',
  references: {
    cis: ['k8s-1.9:4.2.5'],
    urls: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
  },
  messages: { disabled: 'The kubelet never closes idle streaming connections (timeout {{value}})' },
  *check(view): Iterable<Violation<'disabled'>> {
    const value = kubeletConfiguration(view)?.streamingConnectionIdleTimeout;
    if (value !== undefined && isZeroDuration(value))
      yield { messageId: 'disabled', data: { value }, path: ['streamingConnectionIdleTimeout'] };
  },
});
