import type { FieldPath, Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { auditPolicy } from './config-utils/config-files.js';

const stage = 'ResponseComplete';

export const auditPolicyOmitsResponseComplete = defineRule({
  id: 'KC074',
  slug: 'audit-policy-omits-response-complete',
  title: 'Audit policy omits the stage that records the outcome',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Policy'],
  rationale:
    'The `ResponseComplete` event is the one that carries the response status: whether the request was allowed ' +
    'and succeeded. Omitting it (for the whole policy or a rule) leaves only `RequestReceived`, which says an ' +
    'attempt was made but not whether it worked. Omitting `RequestReceived` is the usual, safe noise reduction.',
  remediation:
    'Remove ResponseComplete from `omitStages`; omit RequestReceived instead if volume is the concern.',
  references: { urls: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'] },
  messages: {
    policy: 'The audit policy omits {{stage}} for every rule: outcomes of requests are not recorded',
    rule: 'Rule {{rule}} omits {{stage}}: outcomes of the requests it matches are not recorded',
  },
  *check(view): Iterable<Violation<'policy' | 'rule'>> {
    const policy = auditPolicy(view);
    if (policy === undefined) return;
    const at = (stages: readonly string[] | undefined, base: FieldPath): FieldPath | undefined => {
      const index = (stages ?? []).indexOf(stage);
      return index < 0 ? undefined : [...base, 'omitStages', index];
    };
    const policyPath = at(policy.omitStages, []);
    if (policyPath !== undefined) yield { messageId: 'policy', data: { stage }, path: policyPath };
    for (const [index, rule] of (policy.rules ?? []).entries()) {
      const path = at(rule.omitStages, ['rules', index]);
      if (path !== undefined && rule.level !== 'None')
        yield { messageId: 'rule', data: { stage, rule: index + 1 }, path };
    }
  },
});
