import { defineRule } from '../define-rule.js';
import { nodeKinds } from './node-utils/file-permissions.js';

export const nodeSeccompUnavailable = defineRule({
  id: 'KC114',
  slug: 'node-seccomp-unavailable',
  title: 'the kernel has no seccomp support',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'Seccomp filters are how the runtime keeps containers away from the system calls most kernel exploits use ' +
    '(`keyctl`, `unshare`, `bpf`, `ptrace`). On a kernel without it, `seccompProfile: RuntimeDefault` and ' +
    "Docker's default profile have no effect, whatever the pod specs say.",
  remediation:
    'Run a kernel built with `CONFIG_SECCOMP` and `CONFIG_SECCOMP_FILTER` (every mainstream distribution kernel is).',
  references: {
    cis: ['docker-1.6:5.21'],
    mitre: ['T1611'],
    urls: ['https://kubernetes.io/docs/tutorials/security/seccomp/'],
  },
  messages: {
    unavailable:
      'no Seccomp field in process status and no seccomp actions: the kernel cannot filter system calls',
  },
  *check(view) {
    if (!view.seccomp.observed || view.seccomp.value) return;
    yield { messageId: 'unavailable', filePath: '/proc/self/status', path: ['Seccomp'] };
  },
});
