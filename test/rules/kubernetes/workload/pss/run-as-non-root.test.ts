import { runAsNonRoot } from '../../../../../src/rules/kubernetes/workload/pss/run-as-non-root.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const unset = 'containers:\n  - name: app\n    image: app:1\n';
const usernsUnset = `hostUsers: false\n${unset}`;

ruleTester(runAsNonRoot, {
  valid: [
    ...validForEveryWorkload({
      name: 'pod-level true covers containers that leave it unset',
      podSpec: `securityContext:\n  runAsNonRoot: true\n${unset}`,
    }),
    ...validForEveryWorkload({
      name: 'every container sets true',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {runAsNonRoot: true}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      runAsNonRoot: true',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.0' },
    }),
    // 1.35+: root inside a user namespace is not root on the node.
    ...validForEveryWorkload({
      name: 'user namespace pod from 1.35',
      podSpec: usernsUnset,
      settings: { pss: 'restricted', k8sVersion: '1.35' },
    }),
    ...validForEveryWorkload({
      name: 'baseline level does not run it',
      podSpec: unset,
      settings: { pss: 'baseline' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'both unset',
      podSpec: unset,
      errors: [{ line: 0, messageId: 'missing' }],
    }),
    ...invalidForEveryWorkload({
      name: 'user namespace pod before 1.35',
      podSpec: usernsUnset,
      settings: { pss: 'restricted', k8sVersion: '1.34' },
      errors: [{ line: 0, messageId: 'missing' }],
    }),
    ...invalidForEveryWorkload({
      name: 'pod-level false, even when every container sets true',
      podSpec: [
        'securityContext:',
        '  runAsNonRoot: false',
        'containers:',
        '  - name: app',
        '    securityContext: {runAsNonRoot: true}',
        '  - name: b',
      ].join('\n'),
      errors: [{ line: 2, messageId: 'podFalse' }],
    }),
    ...invalidForEveryWorkload({
      name: 'container false under pod-level true; ephemeral container',
      podSpec: [
        'securityContext:',
        '  runAsNonRoot: true',
        'containers:',
        '  - name: app',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext:',
        '      runAsNonRoot: false',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.0' },
      errors: [{ line: 8, messageId: 'containerFalse' }],
    }),
    ...invalidForEveryWorkload({
      name: 'pod set but not to true, one container set, one not',
      podSpec: [
        'securityContext:',
        '  runAsUser: 1000',
        'initContainers:',
        '  - name: init',
        '    securityContext: {runAsNonRoot: true}',
        'containers:',
        '  - name: app',
      ].join('\n'),
      errors: [{ line: 1, messageId: 'missing' }],
    }),
    {
      name: 'Pod: path of the pod-level field',
      code: wrapWorkload('Pod', { podSpec: `securityContext:\n  fsGroup: 2000\n${unset}` }).code,
      settings: { pss: 'restricted' },
      errors: [{ line: 6, path: 'spec.securityContext.runAsNonRoot', messageId: 'missing' }],
    },
  ],
});
