import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';
import { presentPath } from './config-utils/report.js';

export const kubeletServingCertificate = defineRule({
  id: 'KC047',
  slug: 'kubelet-serving-certificate',
  title: 'Kubelet serves a self-signed certificate',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    'Without `tlsCertFile`/`tlsPrivateKeyFile` and with `serverTLSBootstrap` off (both the defaults) the kubelet ' +
    'generates a self-signed serving certificate. The API server cannot verify it, so ' +
    '`--kubelet-certificate-authority` cannot be set and `exec`/`logs` traffic can be intercepted by whoever ' +
    'answers for the node’s address.',
  remediation:
    'Set `serverTLSBootstrap: true` and approve the kubelets’ serving CSRs (or provide `tlsCertFile` and ' +
    '`tlsPrivateKeyFile` signed by a CA the API server trusts).',
  references: {
    cis: ['k8s-1.9:4.2.9'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/'],
  },
  messages: {
    selfSigned:
      'The kubelet sets neither tlsCertFile nor serverTLSBootstrap: it serves a self-signed certificate',
  },
  *check(view): Iterable<Violation<'selfSigned'>> {
    const config = kubeletConfiguration(view);
    if (config === undefined || config.serverTLSBootstrap === true) return;
    if ((config.tlsCertFile ?? '') !== '' && (config.tlsPrivateKeyFile ?? '') !== '') return;
    yield { messageId: 'selfSigned', path: presentPath(view.object, ['serverTLSBootstrap']) };
  },
});
