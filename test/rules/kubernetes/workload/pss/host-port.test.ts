import { hostPort } from '../../../../../src/rules/kubernetes/workload/pss/host-port.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import {
  invalidForEveryWorkload,
  validForEveryWorkload,
  wrapWorkload,
} from '../../../../support/workloads.js';

ruleTester(hostPort, {
  valid: [
    ...validForEveryWorkload({ name: 'no ports', podSpec: 'containers:\n  - name: app\n    image: app:1\n' }),
    ...validForEveryWorkload({
      name: 'containerPort only, hostPort 0',
      podSpec: [
        'containers:',
        '  - name: app',
        '    ports:',
        '      - containerPort: 8080',
        '      - containerPort: 9090',
        '        hostPort: 0',
      ].join('\n'),
    }),
    ...validForEveryWorkload({
      name: 'privileged level',
      podSpec: 'containers:\n  - name: app\n    ports: [{containerPort: 80, hostPort: 80}]\n',
      settings: { pss: 'privileged' },
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      podSpec: [
        'containers:',
        '  - name: app',
        '    ports:',
        '      - containerPort: 8080',
        '        hostPort: 8080',
        '      - containerPort: 9090',
        '        hostPort: 9090',
      ].join('\n'),
      errors: [
        { line: 5, messageId: 'hostPort' },
        { line: 7, messageId: 'hostPort' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'init and ephemeral containers at restricted 1.0',
      podSpec: [
        'initContainers:',
        '  - name: init',
        '    ports: [{containerPort: 53, hostPort: 53}]',
        'containers:',
        '  - name: app',
        'ephemeralContainers:',
        '  - name: debug',
        '    ports:',
        '      - {containerPort: 1, hostPort: 1}',
      ].join('\n'),
      settings: { pss: 'restricted', k8sVersion: '1.0' },
      errors: [
        { line: 3, messageId: 'hostPort' },
        { line: 9, messageId: 'hostPort' },
      ],
    }),
    {
      name: 'Pod: path',
      code: wrapWorkload('Pod', {
        podSpec: 'containers:\n  - name: app\n    ports:\n      - containerPort: 80\n        hostPort: 80\n',
      }).code,
      errors: [{ line: 10, path: 'spec.containers[0].ports[0].hostPort' }],
    },
  ],
});
