import { defineRule } from '../define-rule.js';
import { hostPathOf, runtimeSocketOf } from './utils/host-paths.js';
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
    'mount does not help, because connecting to a socket is not a write. Mounting the runtime folder (such as ' +
    '/run/containerd) or a folder above the socket (/run, /var/run, a rootless /run/user/UID) hands over the socket ' +
    'with it, as does a Windows named pipe (`//./pipe/docker_engine`); pods are judged the same by KW033.',
  remediation:
    'Remove the mount. If the service needs container metadata, put a filtering API proxy in front of the ' +
    'socket that allows only the read calls it uses, or use the runtime events API from a dedicated host agent.',
  references: {
    cis: ['docker-1.6:5.32'],
    mitre: ['T1611', 'T1610'],
    urls: [specUrl('volumes')],
  },
  messages: {
    socket: 'service "{{service}}" mounts the {{runtime}} socket {{source}}',
    folder: 'service "{{service}}" mounts {{source}}, which holds the {{runtime}} socket {{socket}}',
  },
  *check(view) {
    for (const volume of view.volumes) {
      const exposure = runtimeSocketOf(volume);
      if (exposure === undefined) continue;
      yield exposure.kind === 'socket'
        ? {
            messageId: 'socket',
            data: serviceData(view, { source: exposure.socket, runtime: exposure.runtime }),
            path: volume.path,
          }
        : {
            messageId: 'folder',
            data: serviceData(view, {
              source: hostPathOf(volume) ?? volume.source ?? '',
              runtime: exposure.runtime,
              socket: exposure.socket,
            }),
            path: volume.path,
          };
    }
  },
});
