import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const workloadVerbs = ['create', 'update', 'patch'];

const checks: readonly RiskCheck[] = [
  { verbs: workloadVerbs, group: '', resource: 'pods' },
  { verbs: workloadVerbs, group: '', resource: 'replicationcontrollers' },
  { verbs: workloadVerbs, group: 'apps', resource: 'deployments' },
  { verbs: workloadVerbs, group: 'apps', resource: 'daemonsets' },
  { verbs: workloadVerbs, group: 'apps', resource: 'statefulsets' },
  { verbs: workloadVerbs, group: 'apps', resource: 'replicasets' },
  { verbs: workloadVerbs, group: 'batch', resource: 'jobs' },
  { verbs: workloadVerbs, group: 'batch', resource: 'cronjobs' },
];

export const rbacWorkloadCreate = defineRule({
  id: 'KR003',
  slug: 'rbac-workload-create',
  title: 'Binding lets a subject create or change pods or pod controllers',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'Whoever can create or change a pod, or anything that makes pods, chooses what runs: the image, the ' +
    'service account of the namespace (and so its token and permissions), any Secret mounted, and, where ' +
    'Pod Security does not stop it, a privileged pod on the node.',
  remediation:
    'Leave pod creation to controllers driven by your deployment pipeline; give people and workloads read ' +
    'access and let the pipeline’s own service account hold `create`/`patch`. Enforce Pod Security ' +
    '`restricted` where such grants must stay.',
  references: {
    cis: ['k8s-1.9:5.1.4'],
    mitre: ['T1610'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
