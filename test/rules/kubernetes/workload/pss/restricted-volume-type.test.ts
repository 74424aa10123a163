import { restrictedVolumeType } from '../../../../../src/rules/kubernetes/workload/pss/restricted-volume-type.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const hostPath = 'containers:\n  - name: app\nvolumes:\n  - name: data\n    hostPath: {path: /srv}\n';

ruleTester(restrictedVolumeType, {
  valid: [
    ...validForEveryWorkload({
      name: 'no volumes',
      podSpec: 'containers:\n  - name: app\n    image: app:1\n',
    }),
    ...validForEveryWorkload({
      name: 'the nine allowed sources, and a volume with no source (defaulted to emptyDir)',
      podSpec: [
        'containers:',
        '  - name: app',
        'volumes:',
        '  - {name: a, configMap: {name: cm}}',
        '  - {name: b, csi: {driver: csi.example.com}}',
        '  - {name: c, downwardAPI: {items: []}}',
        '  - {name: d, emptyDir: {}}',
        '  - {name: e, ephemeral: {volumeClaimTemplate: {spec: {accessModes: [ReadWriteOnce]}}}}',
        '  - {name: f, image: {reference: "registry.example/data:1"}}',
        '  - {name: g, persistentVolumeClaim: {claimName: data}}',
        '  - {name: h, projected: {sources: []}}',
        '  - {name: i, secret: {secretName: s}}',
        '  - {name: j}',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.0' },
    }),
    // Without --pss KW005 reports hostPath volumes; this rule does not repeat them.
    ...validForEveryWorkload({ name: 'hostPath left to KW005 when both run', podSpec: hostPath }),
    ...validForEveryWorkload({
      name: 'baseline level does not run it',
      podSpec: hostPath,
      settings: { pss: 'baseline' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'nfs and gitRepo',
      podSpec: [
        'containers:',
        '  - name: app',
        'volumes:',
        '  - name: shared',
        '    nfs:',
        '      server: nfs.example',
        '      path: /exports',
        '  - name: src',
        '    gitRepo: {repository: "https://example.com/r.git"}',
      ].join('\n'),
      errors: [
        { line: 5, messageId: 'restricted' },
        { line: 9, messageId: 'restricted' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'hostPath at restricted (the baseline check is replaced)',
      podSpec: hostPath,
      settings: { pss: 'restricted', k8sVersion: '1.0' },
      errors: [{ line: 5, messageId: 'restricted' }],
    }),
    {
      name: 'Pod: path names the source',
      code: wrapWorkload('Pod', {
        podSpec:
          'containers:\n  - name: app\nvolumes:\n  - name: a\n    emptyDir: {}\n  - name: b\n    rbd: {image: x, monitors: [m]}\n',
      }).code,
      settings: { pss: 'restricted' },
      errors: [{ line: 12, path: 'spec.volumes[1].rbd' }],
    },
  ],
});
