import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag, atMissingFlag } from './config-utils/report.js';

/** The CIS floors: 30 days, 10 rotated files, 100 MB per file. */
const minimums = [
  { flag: 'audit-log-maxage', minimum: 30, unit: 'days' },
  { flag: 'audit-log-maxbackup', minimum: 10, unit: 'files' },
  { flag: 'audit-log-maxsize', minimum: 100, unit: 'MB' },
] as const;

type MessageId = 'omitted' | 'tooLow';

export const apiserverAuditLogRetention = defineRule({
  id: 'KC010',
  slug: 'apiserver-audit-log-retention',
  title: 'API server audit log is rotated away too soon',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'When the audit log goes to a file, `--audit-log-maxage`, `--audit-log-maxbackup` and `--audit-log-maxsize` ' +
    'decide how much history survives on the node. Set low, the evidence of an incident is rotated away before ' +
    'anyone looks; left unset, retention is whatever the disk allows rather than a decision. CIS asks for at ' +
    'least 30 days, 10 files and 100 MB per file unless the events are shipped elsewhere.',
  remediation:
    'Set `--audit-log-maxage=30`, `--audit-log-maxbackup=10` and `--audit-log-maxsize=100` or more.',
  references: {
    cis: ['k8s-1.9:1.2.17', 'k8s-1.9:1.2.18', 'k8s-1.9:1.2.19'],
    urls: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend'],
  },
  messages: {
    omitted: '{{component}} writes an audit log file without {{flag}} (at least {{minimum}} {{unit}})',
    tooLow: '{{component}} sets {{flag}} to {{value}}, below {{minimum}} {{unit}}',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      const path = instance.flags.get('audit-log-path');
      // `-` sends events to standard output, where rotation is someone else's job.
      if (path === undefined || path.value === '-') continue;
      for (const { flag: name, minimum, unit } of minimums) {
        const flag = instance.flags.get(name);
        if (flag === undefined) yield atMissingFlag(instance, `--${name}`, 'omitted', { minimum, unit });
        else if (!(Number(flag.value) >= minimum)) yield atFlag(instance, flag, 'tooLow', { minimum, unit });
      }
    }
  },
});
