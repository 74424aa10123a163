import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerPrivileged = defineRule({
  id: 'DH030',
  slug: 'container-privileged',
  title: 'Privileged container',
  severity: 'critical',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'A container run with --privileged keeps every capability, sees every host device and runs without the ' +
    'default seccomp and AppArmor confinement, so a process inside can load kernel modules or mount the host ' +
    'disk. It is the same judgement as DC001 for compose services and privileged pods.',
  remediation:
    'Drop --privileged (HostConfig.Privileged) and grant only the specific capabilities or devices the ' +
    'workload needs.',
  references: { cis: ['docker-1.6:5.5'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { privileged: 'container "{{container}}" runs privileged' },
  *check(view) {
    if (view.privileged?.value !== true) return;
    yield { messageId: 'privileged', data: containerData(view), path: view.privileged.path };
  },
});
