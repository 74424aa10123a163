import { auditPolicyNoRules } from '../../../../src/rules/kubernetes/config/audit-policy-no-rules.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const policy = (body: string) => configFile('audit.k8s.io/v1', 'Policy', body);

ruleTester(auditPolicyNoRules, {
  valid: [
    { name: 'a catch-all rule', code: policy('rules:\n- level: Metadata') },
    { name: 'not an audit policy', code: configFile('kyverno.io/v1', 'Policy', 'spec: {}') },
  ],
  invalid: [
    {
      name: 'rules omitted',
      code: policy('omitStages: [RequestReceived]'),
      errors: [{ line: 1, messageId: 'empty', path: '' }],
    },
    {
      name: 'empty list',
      code: policy('rules: []'),
      errors: [{ line: 3, messageId: 'empty', path: 'rules' }],
    },
  ],
});
