import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { runtimeSocketExposure } from '../../../shared/host-paths.js';

export const containerRuntimeSocketMount = defineRule({
  id: 'KW033',
  slug: 'container-runtime-socket-mount',
  title: 'Container runtime socket mounted from the host',
  severity: 'critical',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'The Docker, containerd and CRI-O sockets are root-equivalent APIs: whoever can write to them starts a ' +
    'privileged container with the host filesystem mounted, outside Kubernetes and its admission checks. Mounting ' +
    'the socket, the runtime folder that holds it, or a folder above it (`/run`, `/var/run`, a rootless ' +
    '`/run/user/UID`) hands that power to the pod, and so does a Windows named pipe such as ' +
    '`\\\\.\\pipe\\docker_engine`; compose services are judged the same by DC009.',
  remediation:
    'Remove the hostPath volume. Build images with a daemonless builder (BuildKit rootless, Kaniko, Buildah) and ' +
    'read container metadata through the Kubernetes API or the kubelet instead of the runtime socket.',
  references: {
    trivy: ['KSV-0006'],
    mitre: ['T1611', 'T1610'],
    urls: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath'],
  },
  messages: {
    socket: 'volume "{{volume}}" mounts the {{runtime}} socket {{path}} from the host',
    runtimeFolder:
      'volume "{{volume}}" mounts {{path}} from the host, the {{runtime}} folder that holds {{socket}}',
    parent:
      'volume "{{volume}}" mounts {{path}} from the host, which holds container runtime sockets such as {{socket}}',
  },
  *check(view) {
    for (const [index, volume] of (view.spec.volumes ?? []).entries()) {
      const hostPath = volume.hostPath?.path;
      const exposure = hostPath === undefined ? undefined : runtimeSocketExposure(hostPath);
      if (hostPath === undefined || exposure === undefined) continue;
      const messageId =
        exposure.kind === 'socket' ? 'socket' : exposure.kind === 'parent' ? 'parent' : 'runtimeFolder';
      yield {
        messageId,
        data: {
          volume: volume.name ?? `volumes[${index}]`,
          path: hostPath,
          runtime: exposure.runtime,
          socket: exposure.socket,
        },
        path: [...view.specPath, 'volumes', index, 'hostPath', 'path'],
      };
    }
  },
});
