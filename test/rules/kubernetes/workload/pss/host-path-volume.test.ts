import { hostPathVolume } from '../../../../../src/rules/kubernetes/workload/pss/host-path-volume.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const hostPath = [
  'containers:',
  '  - name: app',
  'volumes:',
  '  - name: data',
  '    hostPath:',
  '      path: /srv/data',
].join('\n');

ruleTester(hostPathVolume, {
  valid: [
    ...validForEveryWorkload({
      name: 'no volumes',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'other volume types',
      podSpec:
        'containers:\n  - name: app\nvolumes:\n  - name: a\n    emptyDir: {}\n  - name: b\n    hostPath: null\n',
    }),
    // The restricted level runs restrictedVolumes (KW013) instead, at every version.
    ...validForEveryWorkload({
      name: 'restricted level replaces the check',
      podSpec: hostPath,
      settings: { pss: 'restricted', k8sVersion: '1.0' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({ podSpec: hostPath, errors: [{ line: 5, messageId: 'hostPath' }] }),
    ...invalidForEveryWorkload({
      name: 'baseline 1.0',
      podSpec: hostPath,
      settings: { pss: 'baseline', k8sVersion: '1.0' },
      errors: [{ line: 5, messageId: 'hostPath' }],
    }),
    {
      name: 'Pod: path, second volume',
      code: wrapWorkload('Pod', {
        podSpec:
          'containers:\n  - name: app\nvolumes:\n  - name: a\n    emptyDir: {}\n  - {name: b, hostPath: {path: /}}\n',
      }).code,
      settings: { pss: 'baseline' },
      errors: [{ line: 11, path: 'spec.volumes[1].hostPath' }],
    },
  ],
});
