import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { findSensitiveHostPath, normalizeHostPath, runtimeSocketExposure } from './host-path-utils.js';

export const sensitiveHostPath = defineRule({
  id: 'KW034',
  slug: 'sensitive-host-path',
  title: 'Sensitive host path mounted',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Host folders such as `/`, `/etc`, `/proc`, `/sys`, `/root` or `/var/lib/kubelet` hold node credentials, every ' +
    "pod's service account tokens and the controls of the kernel; a pod that mounts them can read other " +
    "workloads' secrets and, where writable, take over the node. Paths are compared after folding `..`, `.` and " +
    'trailing slashes; runtime socket folders (`/run`, `/var/run`) are reported by KW033 instead.',
  remediation:
    'Remove the hostPath volume, or narrow it to the single file or folder the workload needs, mounted ' +
    '`readOnly: true`; node agents that truly need it belong in a dedicated, tightly controlled namespace.',
  references: {
    trivy: ['KSV-0121'],
    mitre: ['T1611'],
    urls: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath'],
  },
  messages: {
    sensitive: 'volume "{{volume}}" mounts host path {{path}}, which exposes {{reason}}',
    contains: 'volume "{{volume}}" mounts host path {{path}}, which contains {{sensitive}} ({{reason}})',
  },
  *check(view) {
    for (const [index, volume] of (view.spec.volumes ?? []).entries()) {
      const hostPath = volume.hostPath?.path;
      const normalized = hostPath === undefined ? undefined : normalizeHostPath(hostPath);
      if (hostPath === undefined || normalized === undefined) continue;
      if (runtimeSocketExposure(normalized) !== undefined) continue;
      const match = findSensitiveHostPath(normalized);
      if (match === undefined) continue;
      yield {
        messageId: match.kind === 'is' ? 'sensitive' : 'contains',
        data: {
          volume: volume.name ?? `volumes[${index}]`,
          path: hostPath,
          sensitive: match.sensitive,
          reason: match.reason,
        },
        path: [...view.specPath, 'volumes', index, 'hostPath', 'path'],
      };
    }
  },
});
