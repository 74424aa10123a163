import { defineRule } from '../define-rule.js';
import { effectiveSetting, writtenAs } from './daemon-utils/setting.js';

export const daemonCgroupParentChanged = defineRule({
  id: 'DH009',
  slug: 'daemon-cgroup-parent-changed',
  title: 'Containers use a non-default parent cgroup',
  severity: 'info',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    "Every container's resource limits sit under the parent cgroup. dockerd's default (`/docker` with the " +
    'cgroupfs driver, `system.slice` with systemd) is accounted and limited as expected; another parent may ' +
    'carry looser limits or share them with unrelated processes, so the choice should be a deliberate one.',
  remediation:
    'Remove `cgroup-parent` (and `--cgroup-parent`) unless a specific parent is required, and confirm that the ' +
    'chosen parent carries the intended CPU, memory and PID limits.',
  references: {
    cis: ['docker-1.6:2.10'],
    urls: ['https://docs.docker.com/reference/cli/dockerd/#default-cgroup-parent'],
  },
  messages: {
    changed:
      'containers are placed under cgroup "{{parent}}" ({{written}}) instead of dockerd\'s default; confirm its limits',
  },
  *check(view) {
    const setting = effectiveSetting(view, 'cgroup-parent');
    if (typeof setting.value === 'string' && setting.value !== '')
      yield {
        messageId: 'changed',
        data: { parent: setting.value, written: writtenAs(setting) },
        path: setting.path,
      };
  },
});
