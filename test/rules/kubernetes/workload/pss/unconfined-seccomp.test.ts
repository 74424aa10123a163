import { unconfinedSeccomp } from '../../../../../src/rules/kubernetes/workload/pss/unconfined-seccomp.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const app = 'containers:\n  - name: app\n    image: app:1\n';
const unconfinedField =
  'securityContext:\n  seccompProfile:\n    type: Unconfined\ncontainers:\n  - name: app\n';
const podAnnotation = 'seccomp.security.alpha.kubernetes.io/pod';

ruleTester(unconfinedSeccomp, {
  valid: [
    ...validForEveryWorkload({ name: 'field omitted', podSpec: app }),
    ...validForEveryWorkload({
      name: 'RuntimeDefault and Localhost',
      podSpec: [
        'securityContext:',
        '  seccompProfile: {type: RuntimeDefault}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      seccompProfile: {type: Localhost, localhostProfile: profiles/app.json}',
      ].join('\n'),
    }),
    // Before 1.19 PSA reads only the annotations, from 1.19 only the fields.
    ...validForEveryWorkload({
      name: 'Unconfined field before 1.19',
      podSpec: unconfinedField,
      settings: { pss: 'baseline', k8sVersion: '1.18' },
    }),
    ...validForEveryWorkload({
      name: 'Unconfined annotation from 1.19',
      podSpec: app,
      podAnnotations: { [podAnnotation]: 'unconfined' },
      settings: { pss: 'baseline', k8sVersion: '1.19' },
    }),
    ...validForEveryWorkload({
      name: 'allowed annotation values before 1.19; annotation of a container that does not exist',
      podSpec: 'containers:\n  - name: app\n  - name: b\n',
      podAnnotations: {
        [podAnnotation]: 'runtime/default',
        'container.seccomp.security.alpha.kubernetes.io/app': 'docker/default',
        'container.seccomp.security.alpha.kubernetes.io/b': 'localhost/profile.json',
        'container.seccomp.security.alpha.kubernetes.io/ghost': 'unconfined',
      },
      settings: { pss: 'baseline', k8sVersion: '1.18' },
    }),
    // From 1.19 the restricted level runs seccompProfile_restricted (KW017) instead.
    ...validForEveryWorkload({
      name: 'restricted 1.19 replaces the check',
      podSpec: unconfinedField,
      settings: { pss: 'restricted', k8sVersion: '1.19' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({ podSpec: unconfinedField, errors: [{ line: 3, messageId: 'pod' }] }),
    ...invalidForEveryWorkload({
      name: 'Windows pods are not exempt at baseline',
      podSpec: `os: {name: windows}\n${unconfinedField}`,
      settings: { pss: 'baseline', k8sVersion: '1.25' },
      errors: [{ line: 4, messageId: 'pod' }],
    }),
    ...invalidForEveryWorkload({
      name: 'containers, profile without type',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    securityContext: {seccompProfile: {type: Unconfined}}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      seccompProfile: {localhostProfile: x.json}',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext:',
        '      seccompProfile:',
        '        type: Unconfined',
      ].join('\n'),
      settings: { pss: 'baseline', k8sVersion: '1.19' },
      errors: [
        { line: 3, messageId: 'container' },
        { line: 7, messageId: 'container' },
        { line: 12, messageId: 'container' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'pod annotation before 1.19',
      podSpec: app,
      podAnnotations: { [podAnnotation]: 'unconfined' },
      settings: { pss: 'baseline', k8sVersion: '1.18' },
      errors: [{ line: -1, messageId: 'annotation' }],
    }),
    // Before 1.19 there is no restricted seccomp check: the restricted level runs this one.
    ...invalidForEveryWorkload({
      name: 'container annotations at restricted 1.0',
      podSpec: 'initContainers:\n  - name: init\ncontainers:\n  - name: app\n',
      podAnnotations: {
        'container.seccomp.security.alpha.kubernetes.io/init': 'unconfined',
        'container.seccomp.security.alpha.kubernetes.io/app': '',
      },
      settings: { pss: 'restricted', k8sVersion: '1.0' },
      errors: [
        { line: -2, messageId: 'annotation' },
        { line: -1, messageId: 'annotation' },
      ],
    }),
    {
      name: 'Pod: path of a container field',
      code: wrapWorkload('Pod', {
        podSpec:
          'containers:\n  - name: app\n    securityContext:\n      seccompProfile: {type: Unconfined}\n',
      }).code,
      errors: [{ line: 9, path: 'spec.containers[0].securityContext.seccompProfile.type' }],
    },
  ],
});
