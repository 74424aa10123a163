import { defineRule } from '../define-rule.js';
import { effectiveSetting, writtenAs } from './daemon-utils/setting.js';

export const daemonSeccompUnconfined = defineRule({
  id: 'DH016',
  slug: 'daemon-seccomp-unconfined',
  title: 'Containers run without a seccomp profile by default',
  severity: 'high',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'The default seccomp profile blocks dozens of system calls (keyctl, mount, ptrace on older kernels, new ' +
    'namespaces) that kernel exploits and container escapes rely on. `unconfined` removes that filter from ' +
    'every container that does not ask for a profile itself.',
  remediation:
    'Remove `seccomp-profile` (or set it to `builtin`, or to the path of a reviewed profile); give the few ' +
    'containers that need more system calls their own profile with `--security-opt seccomp=<file>`.',
  references: {
    cis: ['docker-1.6:2.17'],
    mitre: ['T1611'],
    urls: ['https://docs.docker.com/engine/security/seccomp/'],
  },
  messages: {
    unconfined:
      'the default seccomp profile is disabled ({{written}}): containers may call every system call',
  },
  *check(view) {
    const setting = effectiveSetting(view, 'seccomp-profile');
    if (setting.value === 'unconfined')
      yield { messageId: 'unconfined', data: { written: writtenAs(setting) }, path: setting.path };
  },
});
