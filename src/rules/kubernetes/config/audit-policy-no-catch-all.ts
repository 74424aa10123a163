import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { isCatchAll } from './config-utils/audit.js';
import { auditPolicy } from './config-utils/config-files.js';

export const auditPolicyNoCatchAll = defineRule({
  id: 'KC073',
  slug: 'audit-policy-no-catch-all',
  title: 'Audit policy drops requests no rule names',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Policy'],
  rationale:
    'Requests that match no rule are not audited. Without a final catch-all rule that records something ' +
    '(`- level: Metadata`), every resource the authors did not think of, including CRDs installed later, is ' +
    'invisible; a catch-all at `None` says so explicitly and has the same effect.',
  remediation: 'End the rules with `- level: Metadata` (optionally with `omitStages: [RequestReceived]`).',
  references: {
    cis: ['k8s-1.9:3.2.2'],
    urls: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
  },
  messages: {
    missing:
      'No rule of the audit policy matches every request: requests the rules do not name are not recorded',
    catchAllNone:
      'The catch-all rule {{rule}} is level None: requests the earlier rules do not name are not recorded',
  },
  *check(view): Iterable<Violation<'missing' | 'catchAllNone'>> {
    const rules = auditPolicy(view)?.rules ?? [];
    if (rules.length === 0) return;
    const index = rules.findIndex(isCatchAll);
    if (index < 0) yield { messageId: 'missing', path: ['rules'] };
    else if (rules[index]?.level === 'None')
      yield { messageId: 'catchAllNone', data: { rule: index + 1 }, path: ['rules', index, 'level'] };
  },
});
