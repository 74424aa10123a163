import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';

export const kubeletRotateCertificates = defineRule({
  id: 'KC048',
  slug: 'kubelet-rotate-certificates',
  title: 'Kubelet client certificate does not rotate',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    '`rotateCertificates` makes the kubelet request a new client certificate before the current one expires. It ' +
    'defaults to false in the file and the flag alike (kubeadm writes true), so without it the node either ' +
    'drops out of the cluster at expiry or is given long-lived certificates that stay valid after a compromise.',
  remediation: 'Set `rotateCertificates: true`.',
  references: {
    cis: ['k8s-1.9:4.2.10'],
    urls: ['https://kubernetes.io/docs/tasks/tls/certificate-rotation/'],
  },
  messages: {
    omitted:
      'The kubelet configuration omits rotateCertificates: client certificates do not rotate (default false)',
    off: 'The kubelet sets rotateCertificates to false: client certificates do not rotate',
  },
  *check(view): Iterable<Violation<'omitted' | 'off'>> {
    const config = kubeletConfiguration(view);
    if (config === undefined || config.rotateCertificates === true) return;
    yield config.rotateCertificates === false
      ? { messageId: 'off', path: ['rotateCertificates'] }
      : { messageId: 'omitted', path: [] };
  },
});
