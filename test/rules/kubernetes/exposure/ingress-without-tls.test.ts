import { ingressWithoutTls } from '../../../../src/rules/kubernetes/exposure/ingress-without-tls.js';
import { ruleTester } from '../../../support/rule-tester.js';

const ingress = (spec: string, apiVersion = 'networking.k8s.io/v1') =>
  `apiVersion: ${apiVersion}\nkind: Ingress\nmetadata:\n  name: web\nspec:\n${spec
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}\n`;

const rule = (host: string) =>
  `  - host: ${host}\n    http:\n      paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]`;

ruleTester(ingressWithoutTls, {
  valid: [
    {
      name: 'every host in tls',
      code: ingress(
        `tls:\n  - hosts: [shop.example.com]\n    secretName: shop\nrules:\n${rule('shop.example.com')}`,
      ),
    },
    {
      name: 'a wildcard certificate',
      code: ingress(`tls:\n  - hosts: ["*.example.com"]\nrules:\n${rule('shop.example.com')}`),
    },
    {
      name: 'a tls entry without hosts covers all',
      code: ingress(`tls:\n  - secretName: default\nrules:\n${rule('a.example.com')}`),
    },
    {
      name: 'extensions/v1beta1 with tls',
      code: ingress(
        'tls:\n  - hosts: [a.example.com]\nbackend: {serviceName: web, servicePort: 80}',
        'extensions/v1beta1',
      ),
    },
    { name: 'another group’s Ingress', code: ingress(`rules:\n${rule('a.example.com')}`, 'example.com/v1') },
  ],
  invalid: [
    {
      name: 'no tls',
      code: ingress(`rules:\n${rule('shop.example.com')}`),
      errors: [{ line: 6, messageId: 'noTls', path: 'spec.rules' }],
    },
    {
      name: 'only a default backend',
      code: ingress('defaultBackend: {service: {name: web, port: {number: 80}}}'),
      errors: [{ line: 5, messageId: 'noTls', path: 'spec' }],
    },
    {
      name: 'a host without its certificate',
      code: ingress(
        `tls:\n  - hosts: [shop.example.com]\nrules:\n${rule('shop.example.com')}\n${rule('admin.example.com')}`,
      ),
      errors: [{ line: 12, messageId: 'hostWithoutTls', path: 'spec.rules[1].host' }],
    },
    {
      name: 'a wildcard covers one level only, and a rule without host is every host',
      code: ingress(
        `tls:\n  - hosts: ["*.example.com"]\nrules:\n${rule('a.b.example.com')}\n  - http:\n      paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]`,
      ),
      errors: [
        { line: 9, messageId: 'hostWithoutTls' },
        { line: 12, messageId: 'hostWithoutTls' },
      ],
    },
  ],
});
