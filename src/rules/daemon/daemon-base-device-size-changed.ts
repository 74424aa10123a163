import { defineRule } from '../define-rule.js';
import { effectiveSetting, stringsOf } from './daemon-utils/setting.js';

const baseSize = /^\s*dm\.basesize\s*=\s*(?<size>.*)$/i;

export const daemonBaseDeviceSizeChanged = defineRule({
  id: 'DH010',
  slug: 'daemon-base-device-size-changed',
  title: 'Base device size of the storage driver is changed',
  severity: 'low',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'A larger `dm.basesize` lets every container and image grow to that size, so one container can fill the ' +
    'thin pool (or the disk under it) and stop every other container. It should only grow when a workload needs it.',
  remediation:
    'Remove `dm.basesize` from `storage-opts` (or `--storage-opt`) unless a workload needs larger devices; the ' +
    'devicemapper driver it belongs to is deprecated, so plan a move to overlay2.',
  references: {
    cis: ['docker-1.6:2.11'],
    urls: ['https://docs.docker.com/engine/storage/drivers/device-mapper-driver/'],
  },
  messages: {
    changed: 'the base device size is set to {{size}}: every container can grow to that size',
  },
  *check(view) {
    const setting = effectiveSetting(view, 'storage-opts');
    for (const [index, option] of stringsOf(setting.value).entries()) {
      const size = baseSize.exec(option)?.groups?.size;
      if (size !== undefined) yield { messageId: 'changed', data: { size }, path: [...setting.path, index] };
    }
  },
});
