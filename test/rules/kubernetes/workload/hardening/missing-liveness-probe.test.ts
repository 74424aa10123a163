import { missingLivenessProbe } from '../../../../../src/rules/kubernetes/workload/hardening/missing-liveness-probe.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { validForEveryWorkload } from '../../../../support/workloads.js';
import { invalidForServingWorkloads, validForRunToCompletion } from './probe-cases.js';

const withoutProbe = [
  'initContainers:',
  '  - name: init',
  'containers:',
  '  - name: app',
  '    image: nginx:1.25',
  'ephemeralContainers:',
  '  - name: debug',
].join('\n');

ruleTester(missingLivenessProbe, {
  valid: [
    ...validForEveryWorkload({
      name: 'liveness probe on every regular container',
      podSpec: [
        'containers:',
        '  - name: app',
        '    livenessProbe:',
        '      httpGet: {path: /healthz, port: 8080}',
        '  - name: worker',
        '    livenessProbe:',
        '      exec: {command: [/bin/check]}',
      ].join('\n'),
    }),
    ...validForRunToCompletion('probe omitted', withoutProbe),
    {
      name: 'Pod with restartPolicy Never',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  restartPolicy: Never\n  containers:\n    - name: app\n',
    },
    {
      name: 'Pod with restartPolicy OnFailure',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  restartPolicy: OnFailure\n  containers:\n    - name: app\n',
    },
  ],
  invalid: [
    ...invalidForServingWorkloads('probe omitted', withoutProbe, [{ line: 4, messageId: 'missing' }]),
    ...invalidForServingWorkloads(
      'only a readiness probe, second container',
      [
        'containers:',
        '  - name: app',
        '    livenessProbe: {tcpSocket: {port: 80}}',
        '  - name: sidecar',
        '    readinessProbe: {tcpSocket: {port: 81}}',
      ].join('\n'),
      [{ line: 4, messageId: 'missing' }],
    ),
    {
      name: 'Pod with restartPolicy Always: path of the probe',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  restartPolicy: Always\n  containers:\n    - name: app\n',
      errors: [{ line: 7, messageId: 'missing', path: 'spec.containers[0].livenessProbe' }],
    },
  ],
});
