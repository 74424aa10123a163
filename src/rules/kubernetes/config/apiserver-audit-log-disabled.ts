import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { atMissingFlag } from './config-utils/report.js';

type MessageId = 'noBackend' | 'noPolicy';

export const apiserverAuditLogDisabled = defineRule({
  id: 'KC009',
  slug: 'apiserver-audit-log-disabled',
  title: 'API server does not write an audit log',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'The audit log is the only record of who read or changed what through the API. It needs a backend ' +
    '(`--audit-log-path` or `--audit-webhook-config-file`) and a policy (`--audit-policy-file`): without the ' +
    'policy the API server records nothing even when a backend is set, so an intrusion leaves no API trail.',
  remediation:
    'Set `--audit-policy-file` to a policy that records at least metadata for every request, and ' +
    '`--audit-log-path` (or an audit webhook) to ship the events off the node.',
  references: {
    cis: ['k8s-1.9:1.2.16', 'k8s-1.9:3.2.1'],
    mitre: ['T1562.008'],
    urls: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/'],
  },
  messages: {
    noBackend: '{{component}} sets neither {{flag}} nor --audit-webhook-config-file: audit events go nowhere',
    noPolicy: '{{component}} has no {{flag}}: no audit events are recorded at all',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      const hasBackend =
        instance.flags.get('audit-log-path') !== undefined ||
        instance.flags.get('audit-webhook-config-file') !== undefined;
      if (!hasBackend) yield atMissingFlag(instance, '--audit-log-path', 'noBackend');
      if (instance.flags.get('audit-policy-file') === undefined)
        yield atMissingFlag(instance, '--audit-policy-file', 'noPolicy');
    }
  },
});
