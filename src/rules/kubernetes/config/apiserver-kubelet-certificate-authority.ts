import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { missingFlags } from './config-utils/required-flags.js';

export const apiserverKubeletCertificateAuthority = defineRule({
  id: 'KC015',
  slug: 'apiserver-kubelet-certificate-authority',
  title: 'API server does not verify kubelet serving certificates',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'Without `--kubelet-certificate-authority` the API server does not check whom it talks to when it connects ' +
    'to a kubelet. Someone who can redirect a node address receives the `exec` and `logs` traffic and the API ' +
    'server’s client credentials for kubelets. kubeadm does not set this flag, because kubelets serve ' +
    'self-signed certificates unless `serverTLSBootstrap` is on.',
  remediation:
    'Enable `serverTLSBootstrap` on kubelets, approve their serving CSRs, and set ' +
    '`--kubelet-certificate-authority` to the CA that signs them.',
  references: {
    cis: ['k8s-1.9:1.2.5'],
    urls: [
      'https://kubernetes.io/docs/concepts/security/control-plane-node-communication/#apiserver-to-kubelet',
    ],
  },
  messages: { missing: '{{component}} has no {{flag}}: kubelet certificates are not verified' },
  *check(view): Iterable<Violation<'missing'>> {
    for (const instance of processesOf(view, 'kube-apiserver'))
      yield* missingFlags(instance, ['kubelet-certificate-authority'], 'missing');
  },
});
