import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { decisionsFor, secrets } from './config-utils/audit.js';
import { auditPolicy } from './config-utils/config-files.js';

export const auditPolicyHidesSecretAccess = defineRule({
  id: 'KC072',
  slug: 'audit-policy-hides-secret-access',
  title: 'Audit policy does not record access to Secrets',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Policy'],
  rationale:
    'Reading Secrets is the step between a foothold and the rest of the cluster. A rule at level `None` that ' +
    'Secret requests reach before any recording rule drops those events: the theft leaves no trace. Rules limited ' +
    'to some users or groups hide only their access, which is reported at lower severity.',
  remediation:
    'Record Secret access at `Metadata`: move the `None` rule after it, or narrow it away from `secrets`.',
  references: {
    cis: ['k8s-1.9:3.2.2'],
    mitre: ['T1562.008'],
    urls: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
  },
  messages: {
    hidden: 'Rule {{rule}} drops every Secret request (level None)',
    hiddenFor: 'Rule {{rule}} drops Secret requests of {{who}} (level None)',
  },
  *check(view): Iterable<Violation<'hidden' | 'hiddenFor'>> {
    for (const { rule, index } of decisionsFor(auditPolicy(view)?.rules ?? [], secrets)) {
      if (rule.level !== 'None') continue;
      const who = [...(rule.users ?? []), ...(rule.userGroups ?? [])];
      yield who.length === 0
        ? { messageId: 'hidden', data: { rule: index + 1 }, path: ['rules', index, 'level'] }
        : {
            messageId: 'hiddenFor',
            data: { rule: index + 1, who: who.join(', ') },
            path: ['rules', index, 'level'],
            severity: 'low',
          };
    }
  },
});
