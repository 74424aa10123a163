import { runtimeSocketExposure } from '../shared/host-paths.js';
import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerSocketMount = defineRule({
  id: 'DH033',
  slug: 'container-socket-mount',
  title: 'Container runtime socket mounted into a container',
  severity: 'critical',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'Whoever reaches the Docker (or containerd, CRI-O, Podman) socket can start a privileged container with the ' +
    'host root mounted, so mounting the socket, the runtime folder that holds it or a folder above it (/run, ' +
    '/var/run) is root on the host. Read-only changes nothing: connecting to a socket is not a write. The socket ' +
    'knowledge is shared with DC009 and KW033.',
  remediation:
    'Remove the mount; if the workload needs container metadata, give it a filtering API proxy that allows only ' +
    'the read calls it makes.',
  references: { cis: ['docker-1.6:5.32'], mitre: ['T1611', 'T1610'], urls: [runReferenceUrl] },
  messages: {
    socket: 'container "{{container}}" mounts the {{runtime}} socket {{source}}',
    folder: 'container "{{container}}" mounts {{source}}, which holds the {{runtime}} socket {{socket}}',
  },
  *check(view) {
    for (const setting of view.mounts) {
      const mount = setting.value;
      if (
        mount === undefined ||
        (mount.type !== 'bind' && mount.type !== 'npipe') ||
        mount.source === undefined
      )
        continue;
      const exposure = runtimeSocketExposure(mount.source);
      if (exposure === undefined) continue;
      yield {
        messageId: exposure.kind === 'socket' ? 'socket' : 'folder',
        data: containerData(view, {
          source: mount.source,
          runtime: exposure.runtime,
          socket: exposure.socket,
        }),
        path: setting.path,
      };
    }
  },
});
