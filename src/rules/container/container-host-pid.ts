import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, isHostMode, runReferenceUrl } from './container-utils/container.js';

export const containerHostPid = defineRule({
  id: 'DH041',
  slug: 'container-host-pid',
  title: 'Container shares the host PID namespace',
  severity: 'high',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'With --pid host (HostConfig.PidMode `host`) the container sees every host process and, as root, can signal them or read their environment and memory through /proc, which makes credential theft and escape easy.',
  remediation: "Remove --pid host; to debug, join one container's namespace (--pid container:NAME) instead.",
  references: { cis: ['docker-1.6:5.16'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { hostNamespace: 'container "{{container}}" uses the host PID namespace' },
  *check(view) {
    if (!isHostMode(view.pidMode)) return;
    yield { messageId: 'hostNamespace', data: containerData(view), path: view.pidMode?.path ?? [] };
  },
});
