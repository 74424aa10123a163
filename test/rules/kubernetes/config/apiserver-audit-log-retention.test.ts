import { apiserverAuditLogRetention } from '../../../../src/rules/kubernetes/config/apiserver-audit-log-retention.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

const path = '--audit-log-path=/var/log/audit.log';

ruleTester(apiserverAuditLogRetention, {
  valid: [
    {
      name: 'CIS values',
      code: staticPod('kube-apiserver', [
        path,
        '--audit-log-maxage=30',
        '--audit-log-maxbackup=10',
        '--audit-log-maxsize=100',
      ]),
    },
    { name: 'no log file', code: staticPod('kube-apiserver', ['--secure-port=6443']) },
    { name: 'log to stdout', code: staticPod('kube-apiserver', ['--audit-log-path=-']) },
  ],
  invalid: [
    {
      name: 'too low and omitted',
      code: staticPod('kube-apiserver', [path, '--audit-log-maxage=7', '--audit-log-maxsize=200']),
      errors: [
        { line: commandLine, messageId: 'omitted', path: 'spec.containers[0].command' },
        { line: flagLine(1), messageId: 'tooLow', path: 'spec.containers[0].command[2]' },
      ],
    },
    {
      name: 'not a number',
      code: staticPod('kube-apiserver', [
        path,
        '--audit-log-maxage=forever',
        '--audit-log-maxbackup=10',
        '--audit-log-maxsize=100',
      ]),
      errors: [{ line: flagLine(1), messageId: 'tooLow' }],
    },
  ],
});
