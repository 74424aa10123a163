import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, isHostMode, runReferenceUrl } from './container-utils/container.js';

export const containerHostIpc = defineRule({
  id: 'DH042',
  slug: 'container-host-ipc',
  title: 'Container shares the host IPC namespace',
  severity: 'high',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    "With --ipc host (HostConfig.IpcMode `host`) the container can read and write the host's shared memory segments, semaphores and message queues, which other host processes trust to be private.",
  remediation:
    'Remove --ipc host; share IPC only between the containers that need it (--ipc container:NAME or shareable).',
  references: { cis: ['docker-1.6:5.17'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { hostNamespace: 'container "{{container}}" uses the host IPC namespace' },
  *check(view) {
    if (!isHostMode(view.ipcMode)) return;
    yield { messageId: 'hostNamespace', data: containerData(view), path: view.ipcMode?.path ?? [] };
  },
});
