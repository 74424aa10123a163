import { defineRule } from '../define-rule.js';
import {
  composeServiceKinds,
  fieldPath,
  modeOf,
  podSecurityStandardsUrl,
  serviceData,
  specUrl,
} from './utils/service.js';

const sharedWithContainer = /^(?:service|container):(?<other>.+)$/i;

export const composeHostPid = defineRule({
  id: 'DC005',
  slug: 'compose-host-pid',
  title: "Compose service shares the host's process namespace",
  severity: 'high',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'With `pid: host` the container sees every host process, their command lines and environment, and can signal ' +
    'or (with SYS_PTRACE) inject into them. Joining another container with `pid: service:NAME` exposes that ' +
    "container's processes, environment secrets and files through /proc, so it is reported as medium.",
  remediation:
    'Remove `pid: host`; share a process namespace with another service only for a debugging sidecar you trust.',
  references: {
    cis: ['docker-1.6:5.16'],
    mitre: ['T1611'],
    urls: [specUrl('pid'), podSecurityStandardsUrl],
  },
  messages: {
    hostPid: 'service "{{service}}" uses the host process namespace (pid: host)',
    sharedPid: 'service "{{service}}" joins the process namespace of {{other}}',
  },
  *check(view) {
    const mode = view.service.pid?.trim();
    if (mode === undefined) return;
    const path = fieldPath(view, 'pid');
    if (modeOf(mode) === 'host') {
      yield { messageId: 'hostPid', data: serviceData(view), path };
      return;
    }
    const other = sharedWithContainer.exec(mode)?.groups?.['other'];
    if (other === undefined) return;
    yield { messageId: 'sharedPid', data: serviceData(view, { other }), path, severity: 'medium' };
  },
});
