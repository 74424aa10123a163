import { auditPolicyNoCatchAll } from '../../../../src/rules/kubernetes/config/audit-policy-no-catch-all.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const policy = (body: string) => configFile('audit.k8s.io/v1', 'Policy', body);

ruleTester(auditPolicyNoCatchAll, {
  valid: [
    {
      name: 'ends with Metadata',
      code: policy('rules:\n- level: None\n  nonResourceURLs: ["/healthz*"]\n- level: Metadata'),
    },
    { name: 'no rules (KC070 reports it)', code: policy('rules: []') },
  ],
  invalid: [
    {
      name: 'only specific rules',
      code: policy('rules:\n- level: Metadata\n  resources:\n  - group: ""\n    resources: [secrets]'),
      errors: [{ line: 3, messageId: 'missing', path: 'rules' }],
    },
    {
      name: 'catch-all at None',
      code: policy('rules:\n- level: Metadata\n  verbs: [create]\n- level: None'),
      errors: [{ line: 6, messageId: 'catchAllNone', path: 'rules[1].level' }],
    },
  ],
});
