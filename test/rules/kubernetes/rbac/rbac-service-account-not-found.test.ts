import { rbacServiceAccountNotFound } from '../../../../src/rules/kubernetes/rbac/rbac-service-account-not-found.js';
import { ruleTester } from '../../../support/rule-tester.js';
import {
  clusterRoleBinding,
  manifest,
  roleBinding,
  sa,
  serviceAccount,
  subjectLineOf,
} from './rbac-manifests.js';

const view = { kind: 'ClusterRole', name: 'view' };
const typo = manifest(serviceAccount('web'), roleBinding('b', view, [sa('wbe')]));
const twoNamespaces = manifest(
  serviceAccount('web'),
  serviceAccount('agent', 'ops'),
  clusterRoleBinding('b', view, [
    sa('web'),
    sa('agent', 'ops'),
    sa('ghost', 'ops'),
    sa('unknown', 'elsewhere'),
  ]),
);

ruleTester(rbacServiceAccountNotFound, {
  valid: [
    {
      name: 'the account exists',
      code: manifest(serviceAccount('web'), roleBinding('b', view, [sa('web')])),
    },
    { name: 'no ServiceAccount of that namespace was scanned', code: roleBinding('b', view, [sa('web')]) },
    {
      name: 'default always exists',
      code: manifest(serviceAccount('web'), roleBinding('b', view, [sa('default')])),
    },
    {
      name: 'namespace omitted: the binding’s own, where it exists',
      code: manifest(
        serviceAccount('web'),
        roleBinding('b', view, [{ kind: 'ServiceAccount', name: 'web' }]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a typo',
      code: typo,
      errors: [{ line: subjectLineOf(typo, 'wbe'), messageId: 'missing', path: 'subjects[0]' }],
    },
    {
      name: 'only namespaces whose accounts were scanned count',
      code: twoNamespaces,
      errors: [{ line: subjectLineOf(twoNamespaces, 'ghost'), messageId: 'missing', path: 'subjects[2]' }],
    },
  ],
});
