import { apiserverAuditLogDisabled } from '../../../../src/rules/kubernetes/config/apiserver-audit-log-disabled.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, staticPod } from './manifests.js';

ruleTester(apiserverAuditLogDisabled, {
  valid: [
    {
      name: 'log file and policy',
      code: staticPod('kube-apiserver', [
        '--audit-log-path=/var/log/audit.log',
        '--audit-policy-file=/etc/kubernetes/audit.yaml',
      ]),
    },
    {
      name: 'webhook backend and policy',
      code: staticPod('kube-apiserver', [
        '--audit-webhook-config-file=/etc/kubernetes/hook.yaml',
        '--audit-policy-file=/p.yaml',
      ]),
    },
  ],
  invalid: [
    {
      name: 'nothing',
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [
        { line: commandLine, messageId: 'noBackend', path: 'spec.containers[0].command' },
        { line: commandLine, messageId: 'noPolicy', path: 'spec.containers[0].command' },
      ],
    },
    {
      name: 'a path but no policy',
      code: staticPod('kube-apiserver', ['--audit-log-path=/var/log/audit.log']),
      errors: [{ line: commandLine, messageId: 'noPolicy' }],
    },
  ],
});
