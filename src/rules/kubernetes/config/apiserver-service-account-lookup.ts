import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { goBool } from './config-utils/flags.js';
import { atFlag } from './config-utils/report.js';

export const apiserverServiceAccountLookup = defineRule({
  id: 'KC018',
  slug: 'apiserver-service-account-lookup',
  title: 'API server accepts tokens of deleted service accounts',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'With `--service-account-lookup=false` the API server trusts a service account token on its signature alone ' +
    'and does not check that the account (or, for legacy tokens, the Secret) still exists. Deleting the account ' +
    'after a leak then revokes nothing. The default, true, is safe.',
  remediation: 'Remove `--service-account-lookup=false` (or set it to true).',
  references: {
    cis: ['k8s-1.9:1.2.21'],
    urls: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/'],
  },
  messages: {
    lookupOff: '{{component}} sets {{flag}} to {{value}}: tokens stay valid after their account is deleted',
  },
  *check(view): Iterable<Violation<'lookupOff'>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      const flag = instance.flags.get('service-account-lookup');
      if (flag !== undefined && goBool(flag.value) === false) yield atFlag(instance, flag, 'lookupOff');
    }
  },
});
