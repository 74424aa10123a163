import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { baselineCheckInForce } from './pss-utils/policy.js';

// PSA check `hostPathVolumes`, one behaviour at every policy version (1.0+): no `spec.volumes[*].hostPath`. At the
// restricted level PSA replaces it with `restrictedVolumes` (KW013) at every version, so this rule stays silent there
// and KW013 reports the hostPath volume.
export const hostPathVolume = defineRule({
  id: 'KW005',
  slug: 'host-path-volume',
  title: 'hostPath volume',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    "A hostPath volume mounts part of the node's file system into the pod; writing to it (or reading the container " +
    "runtime socket, kubelet credentials or other pods' data from it) is a direct path to node takeover.",
  remediation:
    'Replace the hostPath volume with an emptyDir, a configMap or secret, or a PersistentVolumeClaim; node agents that ' +
    'truly need host files belong in a separately controlled namespace.',
  references: {
    pss: { level: 'baseline', control: 'hostPathVolumes' },
    cis: ['k8s-1.9:5.2.12'],
    trivy: ['KSV-0023'],
    mitre: ['T1611'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    hostPath: 'volume "{{volume}}" mounts the host path {{hostPath}}',
  },
  *check(view, context) {
    if (!baselineCheckInForce(context, 0)) return;
    for (const [index, volume] of (view.spec.volumes ?? []).entries()) {
      if (volume.hostPath === null || volume.hostPath === undefined) continue;
      yield {
        messageId: 'hostPath',
        data: { volume: volume.name ?? `volumes[${index}]`, hostPath: volume.hostPath.path },
        path: [...view.specPath, 'volumes', index, 'hostPath'],
      };
    }
  },
});
