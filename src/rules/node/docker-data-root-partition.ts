import { defineRule } from '../define-rule.js';
import { nodeKinds } from './node-utils/file-permissions.js';

export const dockerDataRootPartition = defineRule({
  id: 'DH092',
  slug: 'docker-data-root-partition',
  title: 'Docker data root is not a separate partition',
  severity: 'low',
  domain: 'daemon',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'Images, container layers, volumes and logs all grow under the Docker data root. On the root partition, a ' +
    "container that fills its writable layer or logs fills the host's disk too and can stop the host itself.",
  remediation:
    'Mount a partition or logical volume of its own at the data root (`/var/lib/docker`, or `data-root` in ' +
    'daemon.json) before starting Docker, and add it to /etc/fstab.',
  references: {
    cis: ['docker-1.6:1.1.1'],
    urls: ['https://docs.docker.com/engine/daemon/'],
  },
  messages: { shared: '{{dataRoot}} is not a mount point of its own (see /proc/mounts)' },
  *check(view) {
    if (!view.components.docker || !view.mounts.observed) return;
    if (view.mounts.value.includes(view.dockerDataRoot)) return;
    yield {
      messageId: 'shared',
      data: { dataRoot: view.dockerDataRoot },
      filePath: view.dockerDataRoot,
      path: ['mount'],
    };
  },
});
