import { missingReadinessProbe } from '../../../../../src/rules/kubernetes/workload/hardening/missing-readiness-probe.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { validForEveryWorkload } from '../../../../support/workloads.js';
import { invalidForServingWorkloads, validForRunToCompletion } from './probe-cases.js';

const withoutProbe = [
  'initContainers:',
  '  - name: init',
  'containers:',
  '  - name: app',
  '    image: nginx:1.25',
  '    livenessProbe: {httpGet: {path: /healthz, port: 80}}',
  'ephemeralContainers:',
  '  - name: debug',
].join('\n');

ruleTester(missingReadinessProbe, {
  valid: [
    ...validForEveryWorkload({
      name: 'readiness probe on every regular container',
      podSpec: [
        'containers:',
        '  - name: app',
        '    readinessProbe:',
        '      httpGet: {path: /ready, port: 8080}',
        '  - name: grpc',
        '    readinessProbe:',
        '      grpc: {port: 9090}',
      ].join('\n'),
    }),
    ...validForRunToCompletion('probe omitted', withoutProbe),
    {
      name: 'Pod with restartPolicy Never',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  restartPolicy: Never\n  containers:\n    - name: app\n',
    },
  ],
  invalid: [
    ...invalidForServingWorkloads('probe omitted', withoutProbe, [{ line: 4, messageId: 'missing' }]),
    ...invalidForServingWorkloads(
      'only a liveness probe on the second container',
      [
        'containers:',
        '  - name: app',
        '    readinessProbe: {tcpSocket: {port: 80}}',
        '  - name: sidecar',
        '    livenessProbe: {tcpSocket: {port: 81}}',
      ].join('\n'),
      [{ line: 4, messageId: 'missing' }],
    ),
    {
      name: 'Pod: path of the probe',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: app\n',
      errors: [{ line: 6, messageId: 'missing', path: 'spec.containers[0].readinessProbe' }],
    },
  ],
});
