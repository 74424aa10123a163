import { defineRule } from '../define-rule.js';
import {
  composeServiceKinds,
  fieldPath,
  modeOf,
  podSecurityStandardsUrl,
  serviceData,
  specUrl,
} from './utils/service.js';

export const composeHostIpc = defineRule({
  id: 'DC006',
  slug: 'compose-host-ipc',
  title: "Compose service shares the host's IPC namespace",
  severity: 'high',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    "With `ipc: host` the container can read and write the host's shared memory segments, semaphores and message " +
    'queues, which host processes use to exchange data. It is the compose form of `hostIPC: true`. Sharing IPC ' +
    'with another service (`ipc: service:NAME`) is a deliberate pairing and is not reported.',
  remediation:
    'Remove `ipc: host`; use `ipc: shareable` and `ipc: service:NAME` between cooperating services.',
  references: {
    cis: ['docker-1.6:5.17'],
    urls: [specUrl('ipc'), podSecurityStandardsUrl],
  },
  messages: {
    hostIpc: 'service "{{service}}" uses the host IPC namespace (ipc: host)',
  },
  *check(view) {
    if (modeOf(view.service.ipc) !== 'host') return;
    yield { messageId: 'hostIpc', data: serviceData(view), path: fieldPath(view, 'ipc') };
  },
});
