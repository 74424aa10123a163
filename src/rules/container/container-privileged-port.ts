import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerPrivilegedPort = defineRule({
  id: 'DH034',
  slug: 'container-privileged-port',
  title: 'Container port published on a privileged host port',
  severity: 'low',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'Host ports below 1024 are reserved for services the host administrator starts; publishing a container on ' +
    'one (-p 80:8080) lets a container take a port clients trust to be a system service, and hides it among ' +
    'them. Ports the daemon picks itself are never privileged.',
  remediation:
    'Publish the container on a host port of 1024 or above, and put a proxy in front if port 80/443 is needed.',
  references: { cis: ['docker-1.6:5.8'], urls: [runReferenceUrl] },
  messages: {
    privilegedPort:
      'container "{{container}}" publishes container port {{containerPort}} on host port {{hostPort}}',
  },
  *check(view) {
    for (const setting of view.ports) {
      const port = setting.value;
      // Host port 0 asks the daemon for a free port, which is never a privileged one.
      if (port?.hostPort === undefined || port.hostPort === 0 || port.hostPort >= 1024) continue;
      yield {
        messageId: 'privilegedPort',
        data: containerData(view, { containerPort: port.containerPort, hostPort: port.hostPort }),
        path: setting.path,
      };
    }
  },
});
