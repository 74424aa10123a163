import { defineRule } from '../../define-rule.js';
import type { RiskCheck } from './rbac-utils/binding-risk.js';
import { bindingKinds, grantMessage, riskViolations } from './rbac-utils/binding-risk.js';

const checks: readonly RiskCheck[] = [{ verbs: ['create'], group: '', resource: 'persistentvolumes' }];

export const rbacPersistentVolumeCreate = defineRule({
  id: 'KR014',
  slug: 'rbac-persistent-volume-create',
  title: 'Binding lets a subject create PersistentVolumes',
  severity: 'high',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: bindingKinds,
  rationale:
    'A PersistentVolume can be a `hostPath` volume: whoever can create one and claim it mounts any ' +
    'directory of the node into a pod, which Pod Security does not see because the pod only names a ' +
    'claim.',
  remediation:
    'Leave PersistentVolume creation to the storage provisioner; grant people and workloads ' +
    '`persistentvolumeclaims` instead.',
  references: {
    cis: ['k8s-1.9:5.1.9'],
    mitre: ['T1611'],
    urls: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  },
  messages: { grant: grantMessage },
  *check(view, context) {
    yield* riskViolations(view, context, checks);
  },
});
