import { defineRule } from '../define-rule.js';
import type { SecurityOption } from './utils/security-opt.js';
import { parseSecurityOption } from './utils/security-opt.js';
import {
  composeServiceKinds,
  fieldPath,
  podSecurityStandardsUrl,
  serviceData,
  specUrl,
} from './utils/service.js';

type Weakening = 'seccomp' | 'apparmor' | 'selinux' | 'systempaths';

// spc_t is SELinux's "super privileged container" type: as unconfined as `label:disable`.
const unconfinedLabelTypes = new Set(['type:spc_t', 'type:unconfined_t']);

function weakeningOf(option: SecurityOption): Weakening | undefined {
  const { key, value } = option;
  if (key === 'seccomp' && value === 'unconfined') return 'seccomp';
  if (key === 'apparmor' && value === 'unconfined') return 'apparmor';
  if (key === 'label' && (value === 'disable' || (value !== undefined && unconfinedLabelTypes.has(value))))
    return 'selinux';
  if (key === 'systempaths' && value === 'unconfined') return 'systempaths';
  return undefined;
}

export const composeUnconfinedSecurityProfile = defineRule({
  id: 'DC011',
  slug: 'compose-unconfined-security-profile',
  title: 'Compose service turns off seccomp, AppArmor or SELinux',
  severity: 'high',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    "Docker's default seccomp profile blocks the system calls most kernel exploits need, and its AppArmor and " +
    'SELinux policies stop a container from writing to /proc, /sys and host files. `unconfined`, `label:disable` ' +
    'or `systempaths=unconfined` remove that layer, so a single kernel or runtime bug becomes a host escape.',
  remediation:
    'Remove the option. If one system call or path is missing, ship a custom seccomp or AppArmor profile that ' +
    'allows just that.',
  references: {
    cis: ['docker-1.6:5.22', 'docker-1.6:5.2', 'docker-1.6:5.3'],
    mitre: ['T1611'],
    urls: [specUrl('security_opt'), podSecurityStandardsUrl],
  },
  messages: {
    seccomp: 'service "{{service}}" runs without a seccomp profile ({{option}})',
    apparmor: 'service "{{service}}" runs without AppArmor confinement ({{option}})',
    selinux: 'service "{{service}}" runs without SELinux confinement ({{option}})',
    systempaths: 'service "{{service}}" unmasks /proc and /sys paths ({{option}})',
  },
  *check(view) {
    for (const [index, entry] of (view.service.security_opt ?? []).entries()) {
      const weakening = weakeningOf(parseSecurityOption(entry));
      if (weakening === undefined) continue;
      yield {
        messageId: weakening,
        data: serviceData(view, { option: entry.trim() }),
        path: fieldPath(view, 'security_opt', index),
      };
    }
  },
});
