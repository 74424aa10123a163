import { serviceExternalIps } from '../../../../src/rules/kubernetes/exposure/service-external-ips.js';
import { ruleTester } from '../../../support/rule-tester.js';

const service = (spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${spec
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}\n`;

ruleTester(serviceExternalIps, {
  valid: [
    { name: 'none', code: service('ports: [{port: 80}]') },
    { name: 'an empty list', code: service('externalIPs: []\nports: [{port: 80}]') },
  ],
  invalid: [
    {
      name: 'two addresses',
      code: service('ports: [{port: 80}]\nexternalIPs:\n  - 203.0.113.10\n  - 198.51.100.7'),
      errors: [
        { line: 8, messageId: 'externalIp', path: 'spec.externalIPs[0]' },
        { line: 9, messageId: 'externalIp', path: 'spec.externalIPs[1]' },
      ],
    },
    {
      name: 'on a load balancer too',
      code: service('type: LoadBalancer\nexternalIPs: [10.0.0.1]'),
      errors: [{ line: 7 }],
    },
  ],
});
