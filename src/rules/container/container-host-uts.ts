import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, isHostMode, runReferenceUrl } from './container-utils/container.js';

export const containerHostUts = defineRule({
  id: 'DH046',
  slug: 'container-host-uts',
  title: 'Container shares the host UTS namespace',
  severity: 'medium',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    "With --uts host (HostConfig.UTSMode `host`) the container can change the host's hostname and domain name, which other host software and logs rely on.",
  remediation: "Remove --uts host; set the container's own name with --hostname.",
  references: { cis: ['docker-1.6:5.21'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { hostNamespace: 'container "{{container}}" uses the host UTS namespace' },
  *check(view) {
    if (!isHostMode(view.utsMode)) return;
    yield { messageId: 'hostNamespace', data: containerData(view), path: view.utsMode?.path ?? [] };
  },
});
