import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';
import { processesOf } from './config-utils/control-plane.js';
import { goBool } from './config-utils/flags.js';
import { atFlag } from './config-utils/report.js';

const gate = 'RotateKubeletServerCertificate';

export const rotateKubeletServerCertificateDisabled = defineRule({
  id: 'KC024',
  slug: 'rotate-kubelet-server-certificate-disabled',
  title: 'Kubelet serving certificate rotation is switched off',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod', 'KubeletConfiguration'],
  rationale:
    'The RotateKubeletServerCertificate feature gate (on by default since Kubernetes 1.12) lets kubelets request ' +
    'serving certificates from the cluster CA and renew them before they expire. Switched off in the kubelet or ' +
    'the controller manager, kubelets keep self-signed or ever-aging certificates, so the API server cannot ' +
    'verify them and a stolen key stays valid until someone replaces it by hand.',
  remediation: `Remove \`${gate}=false\` from \`--feature-gates\` and from the kubelet's \`featureGates\`.`,
  references: {
    cis: ['k8s-1.9:1.3.6', 'k8s-1.9:4.2.11'],
    urls: [
      'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation',
    ],
  },
  messages: {
    flagOff: `{{component}} sets ${gate}=false in {{flag}}: kubelet serving certificates do not rotate`,
    configOff: `The kubelet configuration sets featureGates.${gate} to false: its serving certificate does not rotate`,
  },
  *check(view): Iterable<Violation<'flagOff' | 'configOff'>> {
    for (const instance of processesOf(view, 'kube-controller-manager'))
      for (const { item, flag } of instance.flags.list('feature-gates')) {
        const [name, value = 'true'] = item.split('=');
        if (name?.trim() === gate && goBool(value.trim()) === false) yield atFlag(instance, flag, 'flagOff');
      }
    const kubelet = kubeletConfiguration(view);
    if (kubelet?.featureGates?.[gate] === false)
      yield { messageId: 'configOff', path: ['featureGates', gate] };
  },
});
