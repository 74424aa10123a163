import { auditPolicyLogsSecretPayloads } from '../../../../src/rules/kubernetes/config/audit-policy-logs-secret-payloads.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { configFile } from './manifests.js';

const policy = (body: string) => configFile('audit.k8s.io/v1', 'Policy', body);
const metadataForCredentials =
  '- level: Metadata\n  resources:\n  - group: ""\n    resources: [secrets, configmaps]\n  - group: authentication.k8s.io\n    resources: [tokenreviews]\n';

ruleTester(auditPolicyLogsSecretPayloads, {
  valid: [
    {
      name: 'credentials at Metadata before a broad body rule',
      code: policy(`rules:\n${metadataForCredentials}- level: RequestResponse`),
    },
    {
      name: 'bodies only for other resources',
      code: policy(
        'rules:\n- level: RequestResponse\n  resources:\n  - group: ""\n    resources: [pods]\n- level: Metadata',
      ),
    },
    {
      name: 'a non-resource URL rule never matches secrets',
      code: policy('rules:\n- level: RequestResponse\n  nonResourceURLs: ["/api*"]\n- level: Metadata'),
    },
  ],
  invalid: [
    {
      name: 'a broad RequestResponse rule',
      code: policy('rules:\n- level: RequestResponse'),
      errors: [{ line: 4, messageId: 'payloads', path: 'rules[0].level' }],
    },
    {
      name: 'secrets named at Request',
      code: policy(
        'rules:\n- level: Request\n  resources:\n  - group: ""\n    resources: ["secrets"]\n- level: Metadata',
      ),
      errors: [{ line: 4, messageId: 'payloads', path: 'rules[0].level' }],
    },
    {
      name: 'an earlier Metadata rule limited to some users leaves the rest to the body rule',
      code: policy(
        'rules:\n- level: Metadata\n  users: [admin]\n  resources:\n  - group: ""\n    resources: [secrets]\n- level: RequestResponse\n  resources:\n  - group: ""',
      ),
      errors: [{ line: 9, messageId: 'payloads', path: 'rules[1].level' }],
    },
  ],
});
