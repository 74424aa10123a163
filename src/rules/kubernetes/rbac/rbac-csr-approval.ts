import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolationsAs } from './rbac-utils/binding-risk.js';

const group = 'certificates.k8s.io';
const writeVerbs = ['update', 'patch'];

const approveChecks: readonly RiskCheck[] = [
  { verbs: writeVerbs, group, resource: 'certificatesigningrequests', subresource: 'approval' },
  { verbs: ['approve'], group, resource: 'signers' },
];

const signChecks: readonly RiskCheck[] = [
  { verbs: writeVerbs, group, resource: 'certificatesigningrequests', subresource: 'status' },
  { verbs: ['sign'], group, resource: 'signers' },
];

export const rbacCsrApproval = defineRule({
  id: 'KR012',
  slug: 'rbac-csr-approval',
  title: 'Binding lets a subject approve or sign certificate signing requests',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'An approved CertificateSigningRequest becomes a client certificate the API server trusts: whoever can ' +
    'approve (or sign) one can issue a certificate for any user or group, `system:masters` included, and such ' +
    'certificates cannot be revoked.',
  remediation:
    'Leave approval to the built-in approver for kubelet certificates; a tool that must approve should be limited ' +
    'with `resourceNames` to its own signer on `signers`.',
  references: {
    cis: ['k8s-1.9:5.1.11'],
    mitre: ['T1078'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/'],
  },
  messages: { approve: grantMessage, sign: grantMessage },
  *check(view, context) {
    yield* riskViolationsAs(view, context, approveChecks, 'approve');
    yield* riskViolationsAs(view, context, signChecks, 'sign');
  },
});
