import { defineRule } from '../define-rule.js';
import { effectiveSetting, writtenAs } from './daemon-utils/setting.js';

export const daemonAufsStorageDriver = defineRule({
  id: 'DH005',
  slug: 'daemon-aufs-storage-driver',
  title: 'Docker daemon uses the aufs storage driver',
  severity: 'medium',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'aufs is an out-of-tree file system with known kernel crashes and security problems; it is unmaintained, ' +
    'and Docker Engine 24 and later no longer ship it, so a daemon set to it does not start at all.',
  remediation:
    'Use `overlay2` (remove `storage-driver` to let dockerd choose it), after moving the data off aufs.',
  references: {
    cis: ['docker-1.6:2.6'],
    urls: ['https://docs.docker.com/engine/storage/drivers/select-storage-driver/'],
  },
  messages: {
    aufs: 'the storage driver is aufs ({{written}}), which is unmaintained and removed from current Docker releases',
  },
  *check(view) {
    const setting = effectiveSetting(view, 'storage-driver');
    if (setting.value === 'aufs')
      yield { messageId: 'aufs', data: { written: writtenAs(setting) }, path: setting.path };
  },
});
