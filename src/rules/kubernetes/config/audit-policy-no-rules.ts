import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { auditPolicy } from './config-utils/config-files.js';
import { presentPath } from './config-utils/report.js';

export const auditPolicyNoRules = defineRule({
  id: 'KC070',
  slug: 'audit-policy-no-rules',
  title: 'Audit policy has no rules',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Policy'],
  rationale:
    'A request is audited at the level of the first rule it matches, and at `None` when it matches none. A ' +
    'policy without rules therefore records nothing: the audit backend is configured and silent.',
  remediation: 'Add rules, ending with a catch-all such as `- level: Metadata`.',
  references: {
    cis: ['k8s-1.9:3.2.1'],
    urls: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
  },
  messages: { empty: 'The audit policy has no rules: no request is recorded' },
  *check(view): Iterable<Violation<'empty'>> {
    const policy = auditPolicy(view);
    if (policy !== undefined && (policy.rules ?? []).length === 0)
      yield { messageId: 'empty', path: presentPath(view.object, ['rules']) };
  },
});
