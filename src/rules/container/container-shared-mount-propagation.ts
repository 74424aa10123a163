import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

const sharedModes = new Set(['shared', 'rshared']);

export const containerSharedMountPropagation = defineRule({
  id: 'DH045',
  slug: 'container-shared-mount-propagation',
  title: 'Mount propagation set to shared',
  severity: 'medium',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'A bind mount with shared (or rshared) propagation passes mounts both ways: what the container mounts under ' +
    'it appears on the host, so a container able to mount can change what the host sees there.',
  remediation:
    'Use the default private propagation, or rslave when the container only needs to see host mounts.',
  references: { cis: ['docker-1.6:5.20'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { shared: 'container "{{container}}" mounts {{target}} with {{propagation}} propagation' },
  *check(view) {
    for (const setting of view.mounts) {
      const propagation = setting.value?.propagation;
      if (propagation === undefined || !sharedModes.has(propagation)) continue;
      yield {
        messageId: 'shared',
        data: containerData(view, { target: setting.value?.target ?? '', propagation }),
        path: setting.path,
      };
    }
  },
});
