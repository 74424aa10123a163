import { nodeNoMandatoryAccessControl } from '../../../src/rules/node/node-no-mandatory-access-control.js';
import { nodeRuleTester, nodeView } from './node-utils/node-view.js';

nodeRuleTester(nodeNoMandatoryAccessControl, {
  valid: [
    { name: 'AppArmor with profiles', view: nodeView() },
    {
      name: 'SELinux enforcing',
      view: nodeView({
        mandatoryAccessControl: {
          observed: true,
          value: { lsms: ['selinux'], selinux: { enforcing: true } },
        },
      }),
    },
    {
      name: 'AppArmor enabled, profile list unreadable',
      view: nodeView({ mandatoryAccessControl: { observed: true, value: { apparmor: { enabled: true } } } }),
    },
    {
      name: 'the kernel lists AppArmor while its module folder is not visible',
      view: nodeView({
        mandatoryAccessControl: { observed: true, value: { lsms: ['capability', 'apparmor'] } },
      }),
    },
    { name: 'not observed (no /sys)', view: nodeView({ mandatoryAccessControl: { observed: false } }) },
  ],
  invalid: [
    {
      name: 'no module at all',
      view: nodeView({ mandatoryAccessControl: { observed: true, value: { lsms: ['capability', 'yama'] } } }),
      errors: [
        {
          messageId: 'none',
          file: '/sys/kernel/security/lsm',
          path: 'lsm',
          message: 'no mandatory access control module is active (active LSMs: capability,yama)',
        },
      ],
    },
    {
      name: 'AppArmor compiled in but disabled, LSM list unknown',
      view: nodeView({ mandatoryAccessControl: { observed: true, value: { apparmor: { enabled: false } } } }),
      errors: [
        {
          messageId: 'none',
          file: '/sys/kernel/security/lsm',
          path: 'lsm',
          message: 'no mandatory access control module is active (active LSMs: unknown)',
        },
      ],
    },
    {
      name: 'SELinux permissive',
      view: nodeView({
        mandatoryAccessControl: { observed: true, value: { selinux: { enforcing: false } } },
      }),
      errors: [{ messageId: 'permissive', file: '/sys/fs/selinux/enforce', path: 'enforce' }],
    },
    {
      name: 'AppArmor without profiles',
      view: nodeView({
        mandatoryAccessControl: { observed: true, value: { apparmor: { enabled: true, profiles: 0 } } },
      }),
      errors: [{ messageId: 'noProfiles', file: '/sys/kernel/security/apparmor/profiles', path: 'profiles' }],
    },
  ],
});
