import { dockerDataRootPartition } from '../../../src/rules/node/docker-data-root-partition.js';
import { nodeRuleTester, nodeView } from './node-utils/node-view.js';

const dockerHost = { kubelet: false, docker: true, containerd: true };

nodeRuleTester(dockerDataRootPartition, {
  valid: [
    { name: 'data root on its own mount', view: nodeView({ components: dockerHost }) },
    {
      name: 'configured data root on its own mount',
      view: nodeView({
        components: dockerHost,
        dockerDataRoot: '/srv/docker',
        mounts: { observed: true, value: ['/', '/srv/docker'] },
      }),
    },
    { name: 'no Docker on the node', view: nodeView({ mounts: { observed: true, value: ['/'] } }) },
    { name: 'mounts not observed', view: nodeView({ components: dockerHost, mounts: { observed: false } }) },
  ],
  invalid: [
    {
      name: 'data root on the root partition',
      view: nodeView({ components: dockerHost, mounts: { observed: true, value: ['/', '/boot'] } }),
      errors: [
        {
          messageId: 'shared',
          file: '/var/lib/docker',
          path: 'mount',
          message: '/var/lib/docker is not a mount point of its own (see /proc/mounts)',
        },
      ],
    },
  ],
});
