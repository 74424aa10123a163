import { auditPolicyHidesSecretAccess } from '../../../../src/rules/kubernetes/config/audit-policy-hides-secret-access.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const policy = (body: string) => configFile('audit.k8s.io/v1', 'Policy', body);

ruleTester(auditPolicyHidesSecretAccess, {
  valid: [
    {
      name: 'secrets recorded before a None rule',
      code: policy(
        'rules:\n- level: Metadata\n  resources:\n  - group: ""\n    resources: [secrets]\n- level: None',
      ),
    },
    {
      name: 'None for another resource',
      code: policy(
        'rules:\n- level: None\n  resources:\n  - group: ""\n    resources: [events]\n- level: Metadata',
      ),
    },
  ],
  invalid: [
    {
      name: 'None for secrets',
      code: policy(
        'rules:\n- level: None\n  resources:\n  - group: ""\n    resources: [secrets]\n- level: Metadata',
      ),
      errors: [{ line: 4, messageId: 'hidden', path: 'rules[0].level' }],
    },
    {
      name: 'None for one user',
      code: policy(
        'rules:\n- level: None\n  users: ["system:serviceaccount:ops:backup"]\n  resources:\n  - group: ""\n- level: Metadata',
      ),
      errors: [{ line: 4, messageId: 'hiddenFor', path: 'rules[0].level' }],
    },
    {
      name: 'None as the catch-all',
      code: policy(
        'rules:\n- level: Metadata\n  resources:\n  - group: ""\n    resources: [pods]\n- level: None',
      ),
      errors: [{ line: 8, messageId: 'hidden', path: 'rules[1].level' }],
    },
  ],
});
