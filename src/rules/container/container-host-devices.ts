import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerHostDevices = defineRule({
  id: 'DH043',
  slug: 'container-host-devices',
  title: 'Host device exposed to a container',
  severity: 'medium',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'A device passed with --device (HostConfig.Devices) is the host hardware itself: a disk can be read or ' +
    'rewritten below the filesystem, and other devices expose kernel drivers to the container. Each one should ' +
    'be needed, and given with the fewest permissions (r, w, m).',
  remediation:
    'Remove devices the workload does not need; grant the others read-only (for example --device /dev/x:/dev/x:r).',
  references: { cis: ['docker-1.6:5.18'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: {
    device: 'container "{{container}}" is given host device {{device}} with permissions {{permissions}}',
  },
  *check(view) {
    for (const setting of view.devices) {
      const device = setting.value;
      if (device === undefined) continue;
      yield {
        messageId: 'device',
        data: containerData(view, { device: device.hostPath, permissions: device.permissions }),
        path: setting.path,
      };
    }
  },
});
