import { addedCapabilities } from '../../../../../src/rules/kubernetes/workload/pss/added-capabilities.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const sysAdmin = [
  'containers:',
  '  - name: app',
  '    securityContext:',
  '      capabilities:',
  '        add:',
  '          - SYS_ADMIN',
].join('\n');

const windowsSysAdmin = ['os: {name: windows}', sysAdmin].join('\n');

ruleTester(addedCapabilities, {
  valid: [
    ...validForEveryWorkload({
      name: 'field omitted',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'every capability of the baseline set',
      podSpec: [
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      capabilities:',
        '        add: [AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE]',
        '  - name: other',
        '    securityContext:',
        '      capabilities: {add: [SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT], drop: [ALL]}',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'dropping is never a problem',
      podSpec:
        'containers:\n  - name: app\n    securityContext:\n      capabilities: {drop: [NET_RAW, SYS_ADMIN]}\n',
    }),
    // From 1.22 the restricted level runs capabilities_restricted (KW018) instead of this check.
    ...validForEveryWorkload({
      name: 'restricted 1.22 replaces the baseline check',
      podSpec: sysAdmin,
      settings: { pss: 'restricted', k8sVersion: '1.22' },
    }),
    // PSA admits this pod at restricted 1.25+: the restricted check exempts Windows and the baseline one is replaced.
    ...validForEveryWorkload({
      name: 'Windows pod at restricted 1.25',
      podSpec: windowsSysAdmin,
      settings: { pss: 'restricted', k8sVersion: '1.25' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({ podSpec: sysAdmin, errors: [{ line: 6, messageId: 'added' }] }),
    ...invalidForEveryWorkload({
      name: 'restricted 1.21 still runs the baseline check',
      podSpec: sysAdmin,
      settings: { pss: 'restricted', k8sVersion: '1.21' },
      errors: [{ line: 6, messageId: 'added' }],
    }),
    ...invalidForEveryWorkload({
      name: 'Windows pod at baseline 1.25',
      podSpec: windowsSysAdmin,
      settings: { pss: 'baseline', k8sVersion: '1.25' },
      errors: [{ line: 7, messageId: 'added' }],
    }),
    ...invalidForEveryWorkload({
      name: 'NET_RAW, lower case and CAP_ prefix are not in the set; init and ephemeral containers',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {capabilities: {add: [CHOWN, NET_RAW]}}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      capabilities:',
        '        add: [sys_admin, CAP_CHOWN]',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext:',
        '      capabilities:',
        '        add:',
        '          - SYS_PTRACE',
      ].join('\n'),
      errors: [
        { line: 3, messageId: 'added' },
        { line: 8, messageId: 'added' },
        { line: 8, messageId: 'added' },
        { line: 14, messageId: 'added' },
      ],
    }),
    {
      name: 'Pod: path of the added entry',
      code: wrapWorkload('Pod', {
        podSpec:
          'containers:\n  - name: app\n    securityContext:\n      capabilities: {add: [CHOWN, NET_ADMIN]}\n',
      }).code,
      errors: [{ line: 9, path: 'spec.containers[0].securityContext.capabilities.add[1]' }],
    },
  ],
});
