import { auditPolicyOmitsResponseComplete } from '../../../../src/rules/kubernetes/config/audit-policy-omits-response-complete.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const policy = (body: string) => configFile('audit.k8s.io/v1', 'Policy', body);

ruleTester(auditPolicyOmitsResponseComplete, {
  valid: [
    {
      name: 'omits RequestReceived only',
      code: policy('omitStages: [RequestReceived]\nrules:\n- level: Metadata'),
    },
    { name: 'no omitStages', code: policy('rules:\n- level: Metadata') },
    {
      name: 'a None rule records nothing anyway',
      code: policy('rules:\n- level: None\n  omitStages: [ResponseComplete]'),
    },
  ],
  invalid: [
    {
      name: 'policy-wide',
      code: policy('omitStages:\n- RequestReceived\n- ResponseComplete\nrules:\n- level: Metadata'),
      errors: [{ line: 5, messageId: 'policy', path: 'omitStages[1]' }],
    },
    {
      name: 'on one rule',
      code: policy('rules:\n- level: Metadata\n  omitStages: [ResponseComplete]'),
      errors: [{ line: 5, messageId: 'rule', path: 'rules[0].omitStages[0]' }],
    },
  ],
});
