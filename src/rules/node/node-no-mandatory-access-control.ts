import { defineRule } from '../define-rule.js';
import { nodeKinds } from './node-utils/file-permissions.js';

export const nodeNoMandatoryAccessControl = defineRule({
  id: 'KC113',
  slug: 'node-no-mandatory-access-control',
  title: 'neither AppArmor nor SELinux is enforcing',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'The runtime default AppArmor profile or SELinux labels confine a container process even when it runs as root: ' +
    "they stop writes to /proc and /sys, mounts and access to other containers' files. Without an enforcing " +
    'module, `appArmorProfile` and `seLinuxOptions` in pod specs silently do nothing.',
  remediation:
    'Boot the node with AppArmor (Debian, Ubuntu, SUSE) or SELinux in enforcing mode (RHEL, Fedora; ' +
    "`SELINUX=enforcing` in /etc/selinux/config), and keep the container runtime's default profile loaded.",
  references: {
    cis: ['docker-1.6:5.1', 'docker-1.6:5.2'],
    mitre: ['T1611'],
    urls: ['https://kubernetes.io/docs/tutorials/security/apparmor/'],
  },
  messages: {
    none: 'no mandatory access control module is active (active LSMs: {{lsms}})',
    permissive: 'SELinux is permissive: it logs denials but enforces nothing',
    noProfiles: 'AppArmor is enabled but no profile is loaded',
  },
  *check(view) {
    if (!view.mandatoryAccessControl.observed) return;
    const { lsms, apparmor, selinux } = view.mandatoryAccessControl.value;
    if (selinux?.enforcing === true) return;
    if (apparmor?.enabled === true) {
      if (apparmor.profiles === 0)
        yield {
          messageId: 'noProfiles',
          filePath: '/sys/kernel/security/apparmor/profiles',
          path: ['profiles'],
        };
      return;
    }
    if (selinux !== undefined) {
      yield { messageId: 'permissive', filePath: '/sys/fs/selinux/enforce', path: ['enforce'] };
      return;
    }
    // Listed as active while its own files are not visible (a partial /sys): trust the kernel's list.
    if (lsms?.includes('apparmor') === true || lsms?.includes('selinux') === true) return;
    const active = lsms === undefined || lsms.length === 0 ? 'unknown' : lsms.join(',');
    yield { messageId: 'none', data: { lsms: active }, filePath: '/sys/kernel/security/lsm', path: ['lsm'] };
  },
});
