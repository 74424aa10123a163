import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';
import { presentPath } from './config-utils/report.js';

export const kubeletClientCaMissing = defineRule({
  id: 'KC042',
  slug: 'kubelet-client-ca-missing',
  title: 'Kubelet does not verify client certificates',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    'Without `authentication.x509.clientCAFile` (no default) the kubelet cannot authenticate the API server’s ' +
    'client certificate, so `exec`, `logs` and `port-forward` through the API server only work if the kubelet ' +
    'accepts anonymous requests or bearer tokens, and the usual fix is to open it up.',
  remediation:
    'Set `authentication.x509.clientCAFile` to the cluster CA (kubeadm uses `/etc/kubernetes/pki/ca.crt`).',
  references: {
    cis: ['k8s-1.9:4.2.3'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'],
  },
  messages: {
    missing: 'The kubelet has no authentication.x509.clientCAFile: client certificates are not verified',
  },
  *check(view): Iterable<Violation<'missing'>> {
    const config = kubeletConfiguration(view);
    if (config === undefined || (config.authentication?.x509?.clientCAFile ?? '') !== '') return;
    yield {
      messageId: 'missing',
      path: presentPath(view.object, ['authentication', 'x509', 'clientCAFile']),
    };
  },
});
