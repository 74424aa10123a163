import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import {
  findSensitiveHostPath,
  normalizeHostPath,
  sensitiveMountSeverity,
} from '../../../shared/host-paths.js';
import { isMountedReadOnly } from './workload-utils.js';

export const sensitiveHostPath = defineRule({
  id: 'KW034',
  slug: 'sensitive-host-path',
  title: 'Sensitive host path mounted',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Host folders such as `/`, `/etc`, `/proc`, `/sys`, `/root`, `/usr` or `/var/lib/kubelet`, anything below them ' +
    "and folders above them such as `/var` hold node credentials, every pod's service account tokens and the " +
    "controls of the kernel; a pod that mounts them can read other workloads' secrets and, where writable, take " +
    'over the node. Only the writable host root is critical, and read-only mounts (every volumeMount `readOnly: ' +
    'true`) of the time zone, machine id, CA certificates and kernel modules are fine. Paths are compared after ' +
    'folding `..`, `.` and trailing slashes, as DC010 does for compose; runtime sockets and their folders are ' +
    'reported by KW033 instead.',
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
      const readOnly = isMountedReadOnly(view, volume.name);
      const match = findSensitiveHostPath(normalized, readOnly);
      if (match === undefined) continue;
      const severity = sensitiveMountSeverity(match, readOnly);
      yield {
        messageId: match.kind === 'is' ? 'sensitive' : 'contains',
        data: {
          volume: volume.name ?? `volumes[${index}]`,
          path: hostPath,
          sensitive: match.sensitive,
          reason: match.reason,
        },
        path: [...view.specPath, 'volumes', index, 'hostPath', 'path'],
        // Only a departure from the rule default is stated, so a configured severity still applies otherwise.
        ...(severity === 'high' ? {} : { severity }),
      };
    }
  },
});
