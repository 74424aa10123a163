import { defineRule } from '../define-rule.js';
import { runtimeSocketOf } from './utils/host-paths.js';
import { composeServiceKinds, serviceData, specUrl } from './utils/service.js';

export const composeRuntimeSocketMount = defineRule({
  id: 'DC009',
  slug: 'compose-runtime-socket-mount',
  title: 'Container runtime socket mounted into a compose service',
  severity: 'critical',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'The Docker, containerd, CRI-O or Podman socket is the runtime API: whoever can talk to it can start a ' +
    'privileged container that mounts the host root, so the mount is equivalent to root on the host. A read-only ' +
    'mount does not help, because connecting to a socket is not a write. Mounting /run or /var/run hands over the ' +
    'socket with the folder.',
  remediation:
    'Remove the mount. If the service needs container metadata, put a filtering API proxy in front of the ' +
    'socket that allows only the read calls it uses, or use the runtime events API from a dedicated host agent.',
  references: {
    cis: ['docker-1.6:5.32'],
    mitre: ['T1611', 'T1610'],
    urls: [specUrl('volumes')],
  },
  messages: {
    socket: 'service "{{service}}" mounts the container runtime socket {{source}}',
    folder: 'service "{{service}}" mounts {{source}}, which holds the container runtime socket',
  },
  *check(view) {
    for (const volume of view.volumes) {
      const mount = runtimeSocketOf(volume);
      if (mount === undefined) continue;
      yield {
        messageId: mount.kind,
        data: serviceData(view, { source: mount.source }),
        path: volume.path,
      };
    }
  },
});
