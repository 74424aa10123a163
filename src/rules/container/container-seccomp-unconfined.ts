import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerSeccompUnconfined = defineRule({
  id: 'DH047',
  slug: 'container-seccomp-unconfined',
  title: 'Container runs without a seccomp profile',
  severity: 'high',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    "Docker's default seccomp profile blocks dozens of system calls that containers do not need and that many " +
    'kernel escapes use (keyctl, unshare, mount, bpf, …). --security-opt seccomp=unconfined removes it and leaves ' +
    'the whole kernel interface open.',
  remediation:
    'Remove seccomp=unconfined; if a call is missing, use a custom profile that adds only that call.',
  references: { cis: ['docker-1.6:5.22'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { unconfined: 'container "{{container}}" disables seccomp (seccomp=unconfined)' },
  *check(view) {
    for (const setting of view.securityOptions) {
      const option = setting.value;
      if (option?.kind !== 'seccomp' || option.profile.toLowerCase() !== 'unconfined') continue;
      yield { messageId: 'unconfined', data: containerData(view), path: setting.path };
    }
  },
});
