import { serviceNodePort } from '../../../../src/rules/kubernetes/exposure/service-node-port.js';
import { ruleTester } from '../../../support/rule-tester.js';

const service = (spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${spec
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}\n`;

ruleTester(serviceNodePort, {
  valid: [
    { name: 'ClusterIP', code: service('type: ClusterIP\nports: [{port: 80}]') },
    { name: 'LoadBalancer is KN010’s', code: service('type: LoadBalancer\nports: [{port: 80}]') },
    { name: 'headless', code: service('clusterIP: None\nports: [{port: 80}]') },
  ],
  invalid: [
    {
      name: 'node port chosen by the cluster',
      code: service('type: NodePort\nports: [{port: 80}]'),
      errors: [{ line: 6, messageId: 'nodePort', path: 'spec.type' }],
    },
    {
      name: 'fixed node port',
      code: service('ports: [{port: 80, nodePort: 30080}]\ntype: NodePort'),
      errors: [{ line: 7 }],
    },
  ],
});
