import type { ComposeFlag } from '../../sources/index.js';
import { findSensitiveHostPath, sensitiveMountSeverity } from '../shared/host-paths.js';
import type { SensitiveMatch } from '../shared/host-paths.js';
import { defineRule } from '../define-rule.js';
import { hostPathOf } from './utils/host-paths.js';
import { composeServiceKinds, podSecurityStandardsUrl, serviceData, specUrl } from './utils/service.js';

function exposed(match: SensitiveMatch): string {
  return match.kind === 'is' ? match.reason : `${match.sensitive} (${match.reason})`;
}

function messageIdOf(readOnly: ComposeFlag): 'writable' | 'readOnly' | 'unknownAccess' {
  if (readOnly === 'unknown') return 'unknownAccess';
  return readOnly ? 'readOnly' : 'writable';
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
    '/var/lib/kubelet, …), anything below them or a folder above them such as /var lets the container read host ' +
    'credentials and, when writable, change host configuration, binaries or other containers. Only the writable ' +
    'host root is critical; every other such mount is high, read-only too since reading host secrets is often ' +
    'enough, except read-only time zone, machine id, CA certificate and kernel module mounts. Paths are judged as ' +
    'KW034 judges pods; runtime sockets and their folders are left to DC009.',
  remediation:
    'Mount only the specific file or folder the service needs, read-only, or copy it into the image or a named volume.',
  references: {
    cis: ['docker-1.6:5.6'],
    mitre: ['T1611'],
    urls: [specUrl('volumes'), podSecurityStandardsUrl],
  },
  messages: {
    writable: 'service "{{service}}" mounts host path {{source}} writable, exposing {{exposed}}',
    readOnly: 'service "{{service}}" mounts host path {{source}} read-only, still exposing {{exposed}}',
    unknownAccess:
      'service "{{service}}" mounts host path {{source}} (read-only decided by a variable), exposing {{exposed}}',
  },
  *check(view) {
    for (const volume of view.volumes) {
      const hostPath = hostPathOf(volume);
      if (hostPath === undefined) continue;
      // An access mode a variable decides is given the benefit of the doubt: it never causes a finding by itself.
      const readOnly = volume.readOnly !== false;
      const match = findSensitiveHostPath(hostPath, readOnly);
      if (match === undefined) continue;
      const severity = sensitiveMountSeverity(match, readOnly);
      yield {
        messageId: messageIdOf(volume.readOnly),
        data: serviceData(view, { source: hostPath, exposed: exposed(match) }),
        path: volume.path,
        // Only a departure from the rule default is stated, so a configured severity still applies otherwise.
        ...(severity === 'high' ? {} : { severity }),
      };
    }
  },
});
