import assert from 'node:assert/strict';
import { it } from 'node:test';
import { awsAuthPrivilegedMapping } from '../../../../src/rules/kubernetes/cloud/aws-auth-privileged-mapping.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';

const awsAuth = (data: string, namespace = 'kube-system', name = 'aws-auth') =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\ndata:\n${data}\n`;

const nodeRole =
  '  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/eks-node\n      username: system:node:{{EC2PrivateDNSName}}\n      groups:\n        - system:bootstrappers\n        - system:nodes';

ruleTester(awsAuthPrivilegedMapping, {
  valid: [
    { name: 'node role with the node username', code: awsAuth(nodeRole) },
    {
      name: 'a role bound through RBAC',
      code: awsAuth(
        '  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/dev\n      username: dev\n      groups: [shop-developers]',
      ),
    },
    {
      name: 'another namespace is not read by EKS',
      code: awsAuth('  mapRoles: "- {rolearn: x, groups: [system:masters]}"', 'default'),
    },
    {
      name: 'another ConfigMap',
      code: awsAuth('  mapRoles: "- {rolearn: x, groups: [system:masters]}"', 'kube-system', 'other'),
    },
    { name: 'an empty account list', code: awsAuth('  mapAccounts: "[]"') },
  ],
  invalid: [
    {
      name: 'a role in system:masters',
      code: awsAuth(
        '  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/ci\n      username: ci\n      groups:\n        - system:masters',
      ),
      errors: [{ line: 7, messageId: 'masters', path: 'data.mapRoles' }],
    },
    {
      name: 'a user in system:masters, after a node role',
      code: awsAuth(
        `${nodeRole}\n  mapUsers: |\n    - userarn: arn:aws:iam::111122223333:user/alice\n      username: alice\n      groups: [system:masters]`,
      ),
      errors: [{ line: 13, messageId: 'masters', path: 'data.mapUsers' }],
    },
    {
      name: 'a person who can act as a node',
      code: awsAuth(
        '  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/ops\n      username: ops\n      groups: [system:nodes]',
      ),
      errors: [{ line: 7, messageId: 'nodeIdentity' }],
    },
    {
      name: 'whole accounts',
      code: awsAuth('  mapAccounts: |\n    - "111122223333"\n    - 444455556666'),
      errors: [
        { line: 7, messageId: 'accounts' },
        { line: 7, messageId: 'accounts' },
      ],
    },
    {
      name: 'a list that does not parse',
      code: awsAuth(
        '  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/ci\n     groups: [system:masters',
      ),
      errors: [{ line: 7, messageId: 'invalid' }],
    },
  ],
});

it('KN030 is critical for system:masters and names the entry', () => {
  const code = awsAuth(
    '  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/ci\n      groups: [system:masters]',
  );
  const { findings } = runRuleOn(awsAuthPrivilegedMapping, { code });
  assert.deepEqual(
    findings.map((finding) => `${finding.severity}: ${finding.message}`),
    [
      'critical: mapRoles entry 1 maps arn:aws:iam::111122223333:role/ci to system:masters: whoever can assume it is cluster-admin, beyond the reach of RBAC',
    ],
  );
});
