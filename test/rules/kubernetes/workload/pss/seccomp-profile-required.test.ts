import { seccompProfileRequired } from '../../../../../src/rules/kubernetes/workload/pss/seccomp-profile-required.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const unset = 'containers:\n  - name: app\n    image: app:1\n';
const windowsUnset = `os: {name: windows}\n${unset}`;
const podUnconfined = 'securityContext:\n  seccompProfile: {type: Unconfined}\ncontainers:\n  - name: app\n';

ruleTester(seccompProfileRequired, {
  valid: [
    ...validForEveryWorkload({
      name: 'pod-level RuntimeDefault covers containers that leave it unset',
      podSpec: `securityContext:\n  seccompProfile:\n    type: RuntimeDefault\n${unset}`,
    }),
    ...validForEveryWorkload({
      name: 'every container sets Localhost or RuntimeDefault',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {seccompProfile: {type: RuntimeDefault}}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      seccompProfile: {type: Localhost, localhostProfile: app.json}',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'before 1.19',
      podSpec: unset,
      settings: { pss: 'restricted', k8sVersion: '1.18' },
    }),
    ...validForEveryWorkload({
      name: 'Windows pod from 1.25',
      podSpec: windowsUnset,
      settings: { pss: 'restricted', k8sVersion: '1.25' },
    }),
    ...validForEveryWorkload({
      name: 'baseline level does not run it',
      podSpec: unset,
      settings: { pss: 'baseline' },
    }),
    // Without --pss KW011 reports the Unconfined value; fixing it covers the container that inherits it.
    ...validForEveryWorkload({
      name: 'explicit Unconfined left to KW011 when both run',
      podSpec: podUnconfined,
    }),
  ],
  invalid: [
    // No pod securityContext at all: the finding sits on the deepest existing ancestor, the pod spec key (line 0).
    ...invalidForEveryWorkload({
      name: 'field omitted',
      podSpec: unset,
      errors: [{ line: 0, messageId: 'missing' }],
    }),
    ...invalidForEveryWorkload({
      name: 'Windows pod before 1.25',
      podSpec: windowsUnset,
      settings: { pss: 'restricted', k8sVersion: '1.24' },
      errors: [{ line: 0, messageId: 'missing' }],
    }),
    ...invalidForEveryWorkload({
      name: 'pod Unconfined at restricted',
      podSpec: podUnconfined,
      settings: { pss: 'restricted', k8sVersion: '1.19' },
      errors: [{ line: 2, messageId: 'pod' }],
    }),
    ...invalidForEveryWorkload({
      name: 'one container unset, one Unconfined, at restricted',
      podSpec: [
        'containers:',
        '  - name: app',
        '    securityContext: {seccompProfile: {type: RuntimeDefault}}',
        '  - name: b',
        '    securityContext: {runAsNonRoot: true}',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext:',
        '      seccompProfile: {type: Unconfined}',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.37' },
      errors: [
        { line: 0, messageId: 'missing' },
        { line: 9, messageId: 'container' },
      ],
    }),
    {
      name: 'Pod: the missing profile points at the pod-level field',
      code: wrapWorkload('Pod', {
        podSpec: 'securityContext:\n  runAsNonRoot: true\ncontainers:\n  - name: app\n',
      }).code,
      settings: { pss: 'restricted' },
      errors: [{ line: 6, path: 'spec.securityContext.seccompProfile.type', messageId: 'missing' }],
    },
  ],
});
