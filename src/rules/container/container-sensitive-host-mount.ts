import { findSensitiveHostPath, sensitiveMountSeverity } from '../shared/host-paths.js';
import { defineRule } from '../define-rule.js';
import { bindHostPath, containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerSensitiveHostMount = defineRule({
  id: 'DH032',
  slug: 'container-sensitive-host-mount',
  title: 'Sensitive host path mounted into a container',
  severity: 'high',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'A bind mount of a host system folder (/, /etc, /root, /proc, /sys, /dev, /boot, /usr, /var/lib/docker, ' +
    '/var/lib/kubelet and the like), of anything inside one, or of a folder that holds one lets the container read ' +
    'host secrets and, when writable, change the host. Paths are judged exactly as DC010 and KW034 judge them: ' +
    'the writable host root is critical, anything else high, and runtime sockets are left to DH033.',
  remediation:
    'Mount only the specific file or folder the workload needs, read-only, or use a named volume instead.',
  references: { cis: ['docker-1.6:5.6'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: {
    writable: 'container "{{container}}" mounts host path {{source}} writable, exposing {{exposed}}',
    readOnly: 'container "{{container}}" mounts host path {{source}} read-only, still exposing {{exposed}}',
  },
  *check(view) {
    for (const setting of view.mounts) {
      const hostPath = bindHostPath(setting);
      const readOnly = setting.value?.readOnly === true;
      const match = hostPath === undefined ? undefined : findSensitiveHostPath(hostPath, readOnly);
      if (hostPath === undefined || match === undefined) continue;
      const exposed = match.kind === 'is' ? match.reason : `${match.sensitive} (${match.reason})`;
      const severity = sensitiveMountSeverity(match, readOnly);
      yield {
        messageId: readOnly ? 'readOnly' : 'writable',
        data: containerData(view, { source: hostPath, exposed }),
        path: setting.path,
        ...(severity === 'high' ? {} : { severity }),
      };
    }
  },
});
