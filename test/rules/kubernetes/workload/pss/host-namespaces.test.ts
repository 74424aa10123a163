import { hostNamespaces } from '../../../../../src/rules/kubernetes/workload/pss/host-namespaces.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const allThree = [
  'hostNetwork: true',
  'hostPID: true',
  'hostIPC: true',
  'containers:',
  '  - name: app',
  '    image: app:1',
].join('\n');

ruleTester(hostNamespaces, {
  valid: [
    ...validForEveryWorkload({
      name: 'fields omitted',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'all false',
      podSpec: 'hostNetwork: false\nhostPID: false\nhostIPC: false\ncontainers:\n  - name: app\n',
    }),
    ...validForEveryWorkload({
      name: 'shareProcessNamespace is not a host namespace',
      podSpec: 'shareProcessNamespace: true\ncontainers:\n  - name: app\n',
    }),
    ...validForEveryWorkload({
      name: 'privileged level',
      podSpec: allThree,
      settings: { pss: 'privileged' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'all three',
      podSpec: allThree,
      errors: [
        { line: 1, messageId: 'hostNamespace' },
        { line: 2, messageId: 'hostNamespace' },
        { line: 3, messageId: 'hostNamespace' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'hostPID only, baseline 1.0',
      podSpec: 'containers:\n  - name: app\nhostPID: true\n',
      settings: { pss: 'baseline', k8sVersion: '1.0' },
      errors: [{ line: 3, messageId: 'hostNamespace' }],
    }),
    {
      name: 'Pod: path of hostNetwork',
      code: wrapWorkload('Pod', { podSpec: 'hostNetwork: true\ncontainers:\n  - name: app\n' }).code,
      settings: { pss: 'restricted' },
      errors: [{ line: 6, path: 'spec.hostNetwork' }],
    },
  ],
});
