import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerApparmorUnconfined = defineRule({
  id: 'DH053',
  slug: 'container-apparmor-unconfined',
  title: 'Container runs without AppArmor confinement',
  severity: 'medium',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'On hosts with AppArmor, Docker confines each container with the docker-default profile, which denies ' +
    'writes to /proc and /sys controls and mounting. --security-opt apparmor=unconfined, or a running container ' +
    'the engine reports as unconfined, has none of it. Hosts without AppArmor report no profile and are not judged.',
  remediation:
    'Remove apparmor=unconfined; if the default profile blocks something needed, load a custom profile that allows only that.',
  references: { cis: ['docker-1.6:5.2'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { unconfined: 'container "{{container}}" runs without AppArmor confinement' },
  *check(view) {
    for (const setting of view.securityOptions) {
      const option = setting.value;
      if (option?.kind !== 'apparmor' || option.profile.toLowerCase() !== 'unconfined') continue;
      yield { messageId: 'unconfined', data: containerData(view), path: setting.path };
      return;
    }
    // A privileged container is unconfined too; DH030 already says so.
    if (view.state?.appArmorProfile === 'unconfined' && view.privileged?.value !== true)
      yield { messageId: 'unconfined', data: containerData(view), path: ['AppArmorProfile'] };
  },
});
