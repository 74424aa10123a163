import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';

export const kubeletProtectKernelDefaults = defineRule({
  id: 'KC049',
  slug: 'kubelet-protect-kernel-defaults',
  title: 'Kubelet adjusts kernel settings instead of refusing them',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    'With `protectKernelDefaults` false (the default) the kubelet silently rewrites kernel tunables it needs ' +
    '(`vm.overcommit_memory`, `kernel.panic`, …). With true it refuses to start when the node differs, so a ' +
    'hardened sysctl baseline is never overridden unnoticed. CIS Kubernetes 1.6 has it as 4.2.6; 1.9 dropped it.',
  remediation:
    'Set the kernel parameters the kubelet expects on the node, then `protectKernelDefaults: true`.',
  references: {
    urls: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
  },
  messages: {
    omitted:
      'The kubelet configuration omits protectKernelDefaults: kernel tunables are rewritten (default false)',
    off: 'The kubelet sets protectKernelDefaults to false: kernel tunables are rewritten',
  },
  *check(view): Iterable<Violation<'omitted' | 'off'>> {
    const config = kubeletConfiguration(view);
    if (config === undefined || config.protectKernelDefaults === true) return;
    yield config.protectKernelDefaults === false
      ? { messageId: 'off', path: ['protectKernelDefaults'] }
      : { messageId: 'omitted', path: [] };
  },
});
