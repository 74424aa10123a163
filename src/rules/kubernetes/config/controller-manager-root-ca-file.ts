import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { missingFlags } from './config-utils/required-flags.js';

export const controllerManagerRootCaFile = defineRule({
  id: 'KC023',
  slug: 'controller-manager-root-ca-file',
  title: 'Pods are not given the CA to verify the API server',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'The controller manager publishes `--root-ca-file` to every namespace (`kube-root-ca.crt`) and into service ' +
    'account token volumes. Without it pods cannot verify the API server’s certificate, so clients in pods skip ' +
    'verification and can be sent to an impostor that collects their tokens.',
  remediation: 'Set `--root-ca-file` to the cluster CA certificate.',
  references: {
    cis: ['k8s-1.9:1.3.5'],
    urls: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/'],
  },
  messages: { missing: '{{component}} has no {{flag}}: pods cannot verify the API server' },
  *check(view): Iterable<Violation<'missing'>> {
    for (const instance of processesOf(view, 'kube-controller-manager'))
      yield* missingFlags(instance, ['root-ca-file'], 'missing');
  },
});
