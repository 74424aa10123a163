import assert from 'node:assert/strict';
import { it } from 'node:test';
import { serviceLoadBalancer } from '../../../../src/rules/kubernetes/exposure/service-load-balancer.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';
import { container, join, labelledWorkload } from '../network/cases.js';

function service(spec: string, annotations = ''): string {
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    '  namespace: shop',
    ...(annotations === '' ? [] : ['  annotations:', `    ${annotations}`]),
    'spec:',
    ...spec.split('\n').map((line) => `  ${line}`),
    '',
  ].join('\n');
}

ruleTester(serviceLoadBalancer, {
  valid: [
    { name: 'ClusterIP', code: service('selector: {app: web}\nports: [{port: 80}]') },
    { name: 'type omitted', code: service('ports: [{port: 80}]') },
    { name: 'NodePort is KN011’s', code: service('type: NodePort\nports: [{port: 80}]') },
    {
      name: 'AWS internal',
      code: service(
        'type: LoadBalancer\nports: [{port: 80}]',
        'service.beta.kubernetes.io/aws-load-balancer-internal: "true"',
      ),
    },
    {
      name: 'AWS internal scheme',
      code: service(
        'type: LoadBalancer\nports: [{port: 80}]',
        'service.beta.kubernetes.io/aws-load-balancer-scheme: internal',
      ),
    },
    {
      name: 'GKE internal',
      code: service(
        'type: LoadBalancer\nports: [{port: 80}]',
        'networking.gke.io/load-balancer-type: Internal',
      ),
    },
    {
      name: 'Azure internal',
      code: service(
        'type: LoadBalancer\nports: [{port: 80}]',
        'service.beta.kubernetes.io/azure-load-balancer-internal: "true"',
      ),
    },
    {
      name: 'a Knative Service',
      code: 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: web}\nspec:\n  type: LoadBalancer\n',
    },
  ],
  invalid: [
    {
      name: 'public',
      code: service('type: LoadBalancer\nports: [{port: 443, targetPort: 8443}]'),
      errors: [{ line: 7, messageId: 'public', path: 'spec.type' }],
    },
    {
      name: 'limited by source ranges',
      code: service('type: LoadBalancer\nloadBalancerSourceRanges: [203.0.113.0/24]\nports: [{port: 443}]'),
      errors: [{ line: 8, messageId: 'limited', path: 'spec.loadBalancerSourceRanges' }],
    },
    {
      name: 'a source range that is everything',
      code: service('type: LoadBalancer\nloadBalancerSourceRanges: [0.0.0.0/0]\nports: [{port: 443}]'),
      errors: [{ line: 7, messageId: 'public' }],
    },
    {
      name: 'an annotation that does not make it internal',
      code: service(
        'type: LoadBalancer\nports: [{port: 443}]',
        'service.beta.kubernetes.io/aws-load-balancer-internal: "false"',
      ),
      errors: [{ line: 9, messageId: 'public' }],
    },
  ],
});

it('KN010 names the workloads behind the load balancer, and is low when limited', () => {
  const code = join(
    labelledWorkload('Deployment', { podSpec: container, namespace: 'shop' }),
    service(
      'type: LoadBalancer\nselector: {app: test}\nports: [{port: 443, protocol: TCP}, {port: 53, protocol: UDP}]',
    ),
  );
  const { findings } = runRuleOn(serviceLoadBalancer, { code });
  assert.deepEqual(
    findings.map((finding) => finding.message),
    [
      'Service shop/web is a public load balancer: 443/TCP, 53/UDP can be reached from the internet; it sends traffic to Deployment shop/test',
    ],
  );
  const limited = runRuleOn(serviceLoadBalancer, {
    code: service('type: LoadBalancer\nloadBalancerSourceRanges: [203.0.113.0/24]\nports: [{port: 443}]'),
  });
  assert.equal(limited.findings[0]?.severity, 'low');
});
