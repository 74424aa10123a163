import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { missingFlags } from './config-utils/required-flags.js';

export const apiserverKubeletClientCertificate = defineRule({
  id: 'KC014',
  slug: 'apiserver-kubelet-client-certificate',
  title: 'API server calls kubelets without a client certificate',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'The API server proxies `exec`, `attach`, `logs` and `port-forward` to each kubelet. Without ' +
    '`--kubelet-client-certificate` and `--kubelet-client-key` it calls them anonymously, which works only when ' +
    'kubelets accept anonymous requests: exactly the setting that lets anyone on the node network run commands ' +
    'in every container.',
  remediation:
    'Give the API server a client certificate the kubelets trust (kubeadm issues `apiserver-kubelet-client`) and ' +
    'disable anonymous access on the kubelets.',
  references: {
    cis: ['k8s-1.9:1.2.4'],
    urls: [
      'https://kubernetes.io/docs/concepts/security/control-plane-node-communication/#apiserver-to-kubelet',
    ],
  },
  messages: { missing: '{{component}} has no {{flag}}: it authenticates to kubelets anonymously' },
  *check(view): Iterable<Violation<'missing'>> {
    for (const instance of processesOf(view, 'kube-apiserver'))
      yield* missingFlags(instance, ['kubelet-client-certificate', 'kubelet-client-key'], 'missing');
  },
});
