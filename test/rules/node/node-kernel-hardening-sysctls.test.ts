import { nodeKernelHardeningSysctls } from '../../../src/rules/node/node-kernel-hardening-sysctls.js';
import { nodeRuleTester, nodeView, withSysctls } from './node-utils/node-view.js';

nodeRuleTester(nodeKernelHardeningSysctls, {
  valid: [
    { name: 'every parameter hardened', view: nodeView() },
    {
      name: 'the strictest values',
      view: withSysctls({
        'kernel.kptr_restrict': '2',
        'kernel.yama.ptrace_scope': '3',
        'kernel.unprivileged_userns_clone': '0',
      }),
    },
    {
      name: 'a kernel without Yama or the bpf knob',
      view: withSysctls({
        'kernel.yama.ptrace_scope': undefined,
        'kernel.unprivileged_bpf_disabled': undefined,
      }),
    },
    { name: 'kernel parameters not observed', view: nodeView({ sysctls: { observed: false } }) },
  ],
  invalid: [
    {
      name: 'kernel pointers and dmesg open',
      view: withSysctls({ 'kernel.kptr_restrict': '0', 'kernel.dmesg_restrict': '0' }),
      errors: [
        {
          messageId: 'weak',
          file: '/proc/sys/kernel/dmesg_restrict',
          path: 'kernel.dmesg_restrict',
          message: 'kernel.dmesg_restrict is 0; 1 is expected',
        },
        {
          messageId: 'weak',
          file: '/proc/sys/kernel/kptr_restrict',
          path: 'kernel.kptr_restrict',
          message: 'kernel.kptr_restrict is 0; 1 or 2 is expected',
        },
      ],
    },
    {
      name: 'unprivileged eBPF, classic ptrace and unprotected links',
      view: withSysctls({
        'kernel.unprivileged_bpf_disabled': '0',
        'kernel.yama.ptrace_scope': '0',
        'fs.protected_symlinks': '0',
        'fs.protected_hardlinks': 'garbage',
        'kernel.unprivileged_userns_clone': '1',
      }),
      errors: [
        { messageId: 'weak', file: '/proc/sys/fs/protected_hardlinks', path: 'fs.protected_hardlinks' },
        { messageId: 'weak', file: '/proc/sys/fs/protected_symlinks', path: 'fs.protected_symlinks' },
        {
          messageId: 'weak',
          file: '/proc/sys/kernel/unprivileged_bpf_disabled',
          path: 'kernel.unprivileged_bpf_disabled',
        },
        {
          messageId: 'weak',
          file: '/proc/sys/kernel/unprivileged_userns_clone',
          path: 'kernel.unprivileged_userns_clone',
          severity: 'low',
        },
        { messageId: 'weak', file: '/proc/sys/kernel/yama/ptrace_scope', path: 'kernel.yama.ptrace_scope' },
      ],
    },
  ],
});
