import { cloudIdentityOnExposedWorkload } from '../../../../src/rules/kubernetes/cloud/cloud-identity-on-exposed-workload.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { container, invalidWorkloads, lineOf, validWorkloads } from '../network/cases.js';

const account = (annotation: string) =>
  `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: uploader\n  namespace: shop\n  annotations:\n    ${annotation}`;
const irsa = account('eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/uploader');
const service = (type: string, extra = '') =>
  `apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop${extra}}\nspec:\n  type: ${type}\n  selector: {app: test}\n  ports: [{port: 80}]`;
const ingress =
  'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web, namespace: shop}\nspec:\n  rules:\n    - http:\n        paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]';
const snippet = { podSpec: `serviceAccountName: uploader\n${container}`, namespace: 'shop' };
const serviceAccountLine = (code: string) => lineOf(code, /serviceAccountName: uploader/);

ruleTester(cloudIdentityOnExposedWorkload, {
  valid: [
    ...validWorkloads('not exposed', snippet, [irsa, service('ClusterIP')]),
    ...validWorkloads('exposed without a cloud identity', snippet, [
      account('team: shop'),
      service('LoadBalancer'),
    ]),
    ...validWorkloads('an internal load balancer', snippet, [
      irsa,
      service(
        'LoadBalancer',
        ', annotations: {service.beta.kubernetes.io/aws-load-balancer-internal: "true"}',
      ),
    ]),
    ...validWorkloads('the ServiceAccount is not in the input', snippet, [service('LoadBalancer')]),
    ...validWorkloads('another account is annotated', { podSpec: container, namespace: 'shop' }, [
      irsa,
      service('LoadBalancer'),
    ]),
  ],
  invalid: [
    ...invalidWorkloads({
      name: 'behind a public load balancer',
      snippet,
      others: [irsa, service('LoadBalancer')],
      errors: (code) => [{ line: serviceAccountLine(code), messageId: 'exposed' }],
    }),
    ...invalidWorkloads({
      name: 'behind an Ingress',
      snippet,
      others: [irsa, service('ClusterIP'), ingress],
      errors: (code) => [{ line: serviceAccountLine(code), messageId: 'exposed' }],
    }),
    ...invalidWorkloads({
      name: 'privileged, with a GKE identity',
      snippet: {
        podSpec:
          'serviceAccountName: uploader\ncontainers:\n  - name: app\n    image: app\n    securityContext: {privileged: true}\n',
        namespace: 'shop',
      },
      others: [account('iam.gke.io/gcp-service-account: uploader@project.iam.gserviceaccount.com')],
      errors: (code) => [{ line: serviceAccountLine(code), messageId: 'privileged' }],
    }),
    ...invalidWorkloads({
      name: 'the default account, on a node port',
      snippet: { podSpec: container, namespace: 'shop' },
      others: [
        'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: shop\n  annotations: {azure.workload.identity/client-id: 00000000-0000-0000-0000-000000000000}',
        service('NodePort'),
      ],
      errors: (code) => [{ line: lineOf(code, /^\s+containers:$/) - 1, messageId: 'exposed' }],
    }),
  ],
});
