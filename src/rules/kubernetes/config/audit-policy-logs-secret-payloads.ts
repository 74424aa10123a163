import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { decisionsFor, sensitiveResources } from './config-utils/audit.js';
import { auditPolicy } from './config-utils/config-files.js';

const bodyLevels = new Set(['Request', 'RequestResponse']);

export const auditPolicyLogsSecretPayloads = defineRule({
  id: 'KC071',
  slug: 'audit-policy-logs-secret-payloads',
  title: 'Audit policy writes Secret contents into the log',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Policy'],
  rationale:
    'At `Request` the audit event holds the request body, at `RequestResponse` the response too. For Secrets, ' +
    'ConfigMaps and TokenReviews those bodies are the credentials themselves, so every create, update, get or ' +
    'token check copies them into audit files and the SIEM they are shipped to, where far more people can read ' +
    'them than through RBAC. A broad rule (no `resources`) at these levels does the same unless an earlier rule ' +
    'catches these resources first.',
  remediation:
    'Add a rule for `secrets`, `configmaps` and `tokenreviews` at level `Metadata` before any rule that logs ' +
    'bodies.',
  references: {
    cis: ['k8s-1.9:3.2.2'],
    urls: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
  },
  messages: {
    payloads:
      'Rule {{rule}} records {{resources}} at level {{level}}: their contents are written to the audit log',
  },
  *check(view): Iterable<Violation<'payloads'>> {
    const rules = auditPolicy(view)?.rules ?? [];
    const leaked = new Map<number, string[]>();
    for (const target of sensitiveResources)
      for (const { rule, index } of decisionsFor(rules, target))
        if (bodyLevels.has(rule.level ?? ''))
          leaked.set(index, [...(leaked.get(index) ?? []), target.resource]);
    for (const [index, resources] of [...leaked].sort(([a], [b]) => a - b))
      yield {
        messageId: 'payloads',
        data: { rule: index + 1, resources: resources.join(', '), level: rules[index]?.level ?? '' },
        path: ['rules', index, 'level'],
      };
  },
});
