import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';

export const kubeletReadOnlyPort = defineRule({
  id: 'KC043',
  slug: 'kubelet-read-only-port',
  title: 'Kubelet serves the unauthenticated read-only port',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    'The read-only port (10255 when enabled) serves pod specs, environment variables included, and metrics with ' +
    'no authentication at all. In the configuration file `readOnlyPort` defaults to 0 (off); the deprecated ' +
    '`--read-only-port` flag defaults to 10255.',
  remediation: 'Set `readOnlyPort: 0` (or remove it) and scrape metrics through the authenticated port.',
  references: {
    cis: ['k8s-1.9:4.2.4'],
    urls: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
  },
  messages: { open: 'The kubelet serves its read-only API without authentication on port {{port}}' },
  *check(view): Iterable<Violation<'open'>> {
    const port = kubeletConfiguration(view)?.readOnlyPort;
    if (port !== undefined && port > 0) yield { messageId: 'open', data: { port }, path: ['readOnlyPort'] };
  },
});
