import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, isHostMode, runReferenceUrl } from './container-utils/container.js';

export const containerHostUserns = defineRule({
  id: 'DH052',
  slug: 'container-host-userns',
  title: 'Container shares the host user namespace',
  severity: 'medium',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'When the daemon remaps users (userns-remap), --userns host (HostConfig.UsernsMode `host`) opts the container out, so root inside is root on the host again and every escape lands with full rights.',
  remediation: "Remove --userns host so the daemon's user namespace remapping applies.",
  references: { cis: ['docker-1.6:5.31'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { hostNamespace: 'container "{{container}}" uses the host user namespace' },
  *check(view) {
    if (!isHostMode(view.usernsMode)) return;
    yield { messageId: 'hostNamespace', data: containerData(view), path: view.usernsMode?.path ?? [] };
  },
});
