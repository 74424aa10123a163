import { defineRule } from '../define-rule.js';
import {
  composeServiceKinds,
  fieldPath,
  podSecurityStandardsUrl,
  serviceData,
  specUrl,
} from './utils/service.js';

export const composePrivileged = defineRule({
  id: 'DC001',
  slug: 'compose-privileged',
  title: 'Privileged compose service',
  severity: 'critical',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'A privileged container gets every capability, every host device and no seccomp or AppArmor confinement, so ' +
    'taking over the host is one mount or kernel module away. It is the compose form of a privileged pod.',
  remediation: 'Remove `privileged: true` and grant only the capabilities or devices the service needs.',
  references: {
    cis: ['docker-1.6:5.5'],
    mitre: ['T1611'],
    urls: [specUrl('privileged'), podSecurityStandardsUrl],
  },
  messages: {
    privileged: 'service "{{service}}" runs privileged (privileged: true)',
  },
  *check(view) {
    if (view.service.privileged !== true) return;
    yield { messageId: 'privileged', data: serviceData(view), path: fieldPath(view, 'privileged') };
  },
});
