import { defineRule } from '../define-rule.js';
import { effectiveSetting, omittedIn } from './daemon-utils/setting.js';

export const daemonUsernsRemapMissing = defineRule({
  id: 'DH008',
  slug: 'daemon-userns-remap-missing',
  title: 'User namespace remapping is not enabled',
  severity: 'medium',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'Without `userns-remap`, root in a container is root on the host: a process that escapes the container, or ' +
    'a host path mounted into it, acts with UID 0. Remapping maps container root to an unprivileged range of ' +
    'host UIDs.',
  remediation:
    'Set `"userns-remap": "default"` (dockerd creates the `dockremap` user) or name a user with ranges in ' +
    '`/etc/subuid` and `/etc/subgid`. Check volumes and images first: files owned by host root become ' +
    'unreadable to remapped containers, and some options (`--privileged`, host namespaces) need ' +
    '`--userns=host` per container.',
  references: {
    cis: ['docker-1.6:2.9'],
    mitre: ['T1611'],
    urls: ['https://docs.docker.com/engine/security/userns-remap/'],
  },
  messages: {
    missing: 'user namespace remapping is off: {{omitted}}, so root in a container is root on the host',
    empty:
      'user namespace remapping is off ("userns-remap" is empty), so root in a container is root on the host',
  },
  *check(view) {
    const setting = effectiveSetting(view, 'userns-remap');
    if (typeof setting.value === 'string' && setting.value.trim() !== '') return;
    if (setting.explicit) yield { messageId: 'empty', path: setting.path };
    else yield { messageId: 'missing', data: { omitted: omittedIn(view) }, path: setting.path };
  },
});
