import { defineRule } from '../define-rule.js';
import { nodeKinds } from './node-utils/file-permissions.js';
import type { SysctlExpectation } from './node-utils/sysctl.js';
import { atLeast, exactly, sysctlViolations } from './node-utils/sysctl.js';

const hardening: readonly SysctlExpectation[] = [
  { name: 'fs.protected_hardlinks', accepts: exactly('1'), expected: '1' },
  { name: 'fs.protected_symlinks', accepts: exactly('1'), expected: '1' },
  { name: 'kernel.dmesg_restrict', accepts: exactly('1'), expected: '1' },
  { name: 'kernel.kptr_restrict', accepts: atLeast(1), expected: '1 or 2' },
  { name: 'kernel.unprivileged_bpf_disabled', accepts: atLeast(1), expected: '1 or 2' },
  // Debian and Ubuntu kernels only; rootless containers need it on, so it weighs less.
  { name: 'kernel.unprivileged_userns_clone', accepts: exactly('0'), expected: '0', severity: 'low' },
  { name: 'kernel.yama.ptrace_scope', accepts: atLeast(1), expected: '1 or more' },
];

export const nodeKernelHardeningSysctls = defineRule({
  id: 'KC110',
  slug: 'node-kernel-hardening-sysctls',
  title: 'kernel hardening parameter is off',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'Containers share the node kernel, so a container escape is a kernel exploit. These parameters take away what ' +
    'exploits lean on: kernel addresses in /proc and dmesg (kptr_restrict, dmesg_restrict), unprivileged eBPF ' +
    '(unprivileged_bpf_disabled), user namespaces for unprivileged users, which open many kernel interfaces to ' +
    'them (unprivileged_userns_clone, low: rootless containers need it), ptrace of unrelated processes ' +
    '(yama.ptrace_scope) and link tricks in shared folders (protected_symlinks, protected_hardlinks). A parameter ' +
    'this kernel does not have is not reported.',
  remediation:
    'Set the expected values in a file under /etc/sysctl.d (for example `kernel.kptr_restrict = 1`) and apply ' +
    'them with `sysctl --system`; the finding names the parameter and its current value.',
  references: {
    mitre: ['T1611', 'T1068'],
    urls: ['https://www.kernel.org/doc/html/latest/admin-guide/sysctl/kernel.html'],
  },
  messages: { weak: '{{name}} is {{value}}; {{expected}} is expected' },
  check(view) {
    return sysctlViolations(view, hardening, 'weak');
  },
});
