import { apparmorProfile } from '../../../../../src/rules/kubernetes/workload/pss/apparmor-profile.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

const app = 'containers:\n  - name: app\n    image: app:1\n';
const annotationKey = 'container.apparmor.security.beta.kubernetes.io/app';

ruleTester(apparmorProfile, {
  valid: [
    ...validForEveryWorkload({ name: 'fields and annotations omitted', podSpec: app }),
    ...validForEveryWorkload({
      name: 'RuntimeDefault and Localhost fields',
      podSpec: [
        'securityContext:',
        '  appArmorProfile: {type: RuntimeDefault}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      appArmorProfile: {type: Localhost, localhostProfile: k8s-app}',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'allowed annotation values',
      podSpec: 'containers:\n  - name: app\n  - name: b\n  - name: c\n',
      podAnnotations: {
        [annotationKey]: 'runtime/default',
        'container.apparmor.security.beta.kubernetes.io/b': 'localhost/k8s-b',
        'container.apparmor.security.beta.kubernetes.io/c': '',
        'apparmor.example.com/app': 'unconfined',
      },
    }),
    ...validForEveryWorkload({
      name: 'privileged level',
      podSpec: app,
      podAnnotations: { [annotationKey]: 'unconfined' },
      settings: { pss: 'privileged' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'annotation unconfined',
      podSpec: app,
      podAnnotations: { [annotationKey]: 'unconfined' },
      errors: [{ line: -1, messageId: 'annotation' }],
    }),
    // PSA checks every annotation with the prefix, whether or not a container of that name exists.
    ...invalidForEveryWorkload({
      name: 'annotation for a container that does not exist, oldest version',
      podSpec: app,
      podAnnotations: { 'container.apparmor.security.beta.kubernetes.io/ghost': 'unconfined' },
      settings: { pss: 'baseline', k8sVersion: '1.0' },
      errors: [{ line: -1, messageId: 'annotation' }],
    }),
    // The field check applies at every policy version (PSA registers it at 1.0).
    ...invalidForEveryWorkload({
      name: 'Unconfined fields, init and ephemeral containers, profile without type',
      podSpec: [
        'securityContext:',
        '  appArmorProfile:',
        '    type: Unconfined',
        'initContainers:',
        '  - name: init',
        '    securityContext: {appArmorProfile: {type: Unconfined}}',
        'containers:',
        '  - name: app',
        '    securityContext:',
        '      appArmorProfile: {localhostProfile: x}',
        'ephemeralContainers:',
        '  - name: debug',
        '    securityContext:',
        '      appArmorProfile:',
        '        type: Unconfined',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.20' },
      errors: [
        { line: 3, messageId: 'podType' },
        { line: 6, messageId: 'containerType' },
        { line: 10, messageId: 'containerType' },
        { line: 15, messageId: 'containerType' },
      ],
    }),
    {
      name: 'Pod: annotation path',
      code: wrapWorkload('Pod', { podSpec: app, podAnnotations: { [annotationKey]: 'unconfined' } }).code,
      settings: { pss: 'baseline' },
      errors: [{ line: 6, path: `metadata.annotations[${JSON.stringify(annotationKey)}]` }],
    },
    {
      name: 'Deployment: annotation path in the template',
      code: wrapWorkload('Deployment', { podSpec: app, podAnnotations: { [annotationKey]: 'unconfined' } })
        .code,
      settings: { pss: 'baseline' },
      errors: [{ line: 14, path: `spec.template.metadata.annotations[${JSON.stringify(annotationKey)}]` }],
    },
  ],
});
