import type { Severity } from '../../core/index.js';
import { defineRule } from '../define-rule.js';
import { hostPathOf, sensitiveRootOf } from './utils/host-paths.js';
import { composeServiceKinds, podSecurityStandardsUrl, serviceData, specUrl } from './utils/service.js';

function severityOf(root: string, readOnly: boolean): Severity {
  if (root === '/') return readOnly ? 'high' : 'critical';
  return readOnly ? 'medium' : 'high';
}

export const composeSensitiveHostMount = defineRule({
  id: 'DC010',
  slug: 'compose-sensitive-host-mount',
  title: 'Sensitive host path mounted into a compose service',
  severity: 'high',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'Bind-mounting host system folders (/, /etc, /root, /proc, /sys, /dev, /boot, /usr, /lib, /var/lib/docker, ' +
    '/var/lib/kubelet, …) lets the container read host credentials and, when writable, change host configuration, ' +
    'binaries or other containers. Writable mounts are high (critical for the whole root); read-only mounts still ' +
    'leak secrets and are medium (high for the whole root). Read-only time zone and CA certificate files are fine.',
  remediation:
    'Mount only the specific file or folder the service needs, read-only, or copy it into the image or a named volume.',
  references: {
    cis: ['docker-1.6:5.6'],
    mitre: ['T1611'],
    urls: [specUrl('volumes'), podSecurityStandardsUrl],
  },
  messages: {
    writable: 'service "{{service}}" mounts host path {{source}} writable',
    readOnly: 'service "{{service}}" mounts host path {{source}} (read-only)',
  },
  *check(view) {
    for (const volume of view.volumes) {
      const hostPath = hostPathOf(volume);
      if (hostPath === undefined) continue;
      const root = sensitiveRootOf(hostPath, volume.readOnly);
      if (root === undefined) continue;
      const severity = severityOf(root, volume.readOnly);
      yield {
        messageId: volume.readOnly ? 'readOnly' : 'writable',
        data: serviceData(view, { source: hostPath }),
        path: volume.path,
        // Only a departure from the rule default is stated, so a configured severity still applies otherwise.
        ...(severity === 'high' ? {} : { severity }),
      };
    }
  },
});
