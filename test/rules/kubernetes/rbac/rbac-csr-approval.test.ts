import { rbacCsrApproval } from '../../../../src/rules/kubernetes/rbac/rbac-csr-approval.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import {
  clusterRole,
  clusterRoleBinding,
  manifest,
  roleBinding,
  sa,
  subjectLineOf,
} from './rbac-manifests.js';

const group = 'certificates.k8s.io';

function cluster(rules: RuleSpec[]): string {
  return manifest(
    clusterRole('c', rules),
    clusterRoleBinding('c', { kind: 'ClusterRole', name: 'c' }, [sa('approver', 'pki')]),
  );
}

const approval = cluster([
  { apiGroups: [group], resources: ['certificatesigningrequests/approval'], verbs: ['update'] },
]);
const signer = cluster([
  { apiGroups: [group], resources: ['signers'], resourceNames: ['example.com/issuer'], verbs: ['sign'] },
]);
const both = cluster([
  {
    apiGroups: [group],
    resources: ['certificatesigningrequests/approval', 'certificatesigningrequests/status'],
    verbs: ['patch'],
  },
]);

ruleTester(rbacCsrApproval, {
  valid: [
    {
      name: 'create and read requests',
      code: cluster([
        { apiGroups: [group], resources: ['certificatesigningrequests'], verbs: ['create', 'get'] },
      ]),
    },
    {
      name: 'a RoleBinding cannot approve (cluster-scoped)',
      code: manifest(
        clusterRole('c', [
          { apiGroups: [group], resources: ['certificatesigningrequests/approval'], verbs: ['update'] },
        ]),
        roleBinding('c', { kind: 'ClusterRole', name: 'c' }, [sa('approver')]),
      ),
    },
  ],
  invalid: [
    {
      name: 'update the approval subresource',
      code: approval,
      errors: [{ line: subjectLineOf(approval, 'approver'), messageId: 'approve' }],
    },
    {
      name: 'sign for one signer',
      code: signer,
      errors: [{ line: subjectLineOf(signer, 'approver'), messageId: 'sign' }],
    },
    {
      name: 'approval and status: both findings',
      code: both,
      errors: [
        { line: subjectLineOf(both, 'approver'), messageId: 'approve' },
        { line: subjectLineOf(both, 'approver'), messageId: 'sign' },
      ],
    },
  ],
});
