import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { goBool } from './config-utils/flags.js';
import { atFlag, atMissingFlag } from './config-utils/report.js';

type MessageId = 'omitted' | 'off';

export const controllerManagerServiceAccountCredentials = defineRule({
  id: 'KC021',
  slug: 'controller-manager-service-account-credentials',
  title: 'Controllers share the controller manager’s own credentials',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'Without `--use-service-account-credentials=true` (the default is false) every controller acts with the ' +
    'controller manager’s single identity, which then needs the union of all controllers’ rights. A flaw in one ' +
    'controller can use all of them, and the audit log cannot tell the controllers apart.',
  remediation:
    'Set `--use-service-account-credentials=true` so each controller uses its own service account in ' +
    '`kube-system` and the `system:controller:*` roles.',
  references: {
    cis: ['k8s-1.9:1.3.3'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#controller-roles'],
  },
  messages: {
    omitted: '{{component}} runs without {{flag}}=true: controllers share one identity (the default)',
    off: '{{component}} sets {{flag}} to {{value}}: controllers share one identity',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-controller-manager')) {
      const flag = instance.flags.get('use-service-account-credentials');
      if (flag === undefined) yield atMissingFlag(instance, '--use-service-account-credentials', 'omitted');
      else if (goBool(flag.value) !== true) yield atFlag(instance, flag, 'off');
    }
  },
});
