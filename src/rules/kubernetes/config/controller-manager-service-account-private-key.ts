import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { missingFlags } from './config-utils/required-flags.js';

export const controllerManagerServiceAccountPrivateKey = defineRule({
  id: 'KC022',
  slug: 'controller-manager-service-account-private-key',
  title: 'Controller manager has no service account signing key',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'The controller manager signs legacy service account token Secrets with `--service-account-private-key-file`. ' +
    'Without a dedicated key there is no way to rotate token signing separately from other keys, and the token ' +
    'controller does not issue the tokens workloads expect.',
  remediation:
    'Set `--service-account-private-key-file` to the private half of the key pair whose public half the API ' +
    'server has in `--service-account-key-file`.',
  references: {
    cis: ['k8s-1.9:1.3.4'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/'],
  },
  messages: {
    missing: '{{component}} has no {{flag}}: service account tokens have no dedicated signing key',
  },
  *check(view): Iterable<Violation<'missing'>> {
    for (const instance of processesOf(view, 'kube-controller-manager'))
      yield* missingFlags(instance, ['service-account-private-key-file'], 'missing');
  },
});
