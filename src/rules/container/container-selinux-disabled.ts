import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerSelinuxDisabled = defineRule({
  id: 'DH054',
  slug: 'container-selinux-disabled',
  title: 'SELinux separation turned off for a container',
  severity: 'medium',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'On SELinux hosts each container gets its own label, so a process that escapes still cannot touch host files ' +
    'or other containers. --security-opt label=disable (or label:disable) turns that off for the container.',
  remediation: 'Remove label=disable; relabel the volumes the container needs with :z or :Z instead.',
  references: { cis: ['docker-1.6:5.3'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { disabled: 'container "{{container}}" turns SELinux labelling off (label=disable)' },
  *check(view) {
    for (const setting of view.securityOptions) {
      const option = setting.value;
      if (option?.kind !== 'label' || option.value.toLowerCase() !== 'disable') continue;
      yield { messageId: 'disabled', data: containerData(view), path: setting.path };
    }
  },
});
