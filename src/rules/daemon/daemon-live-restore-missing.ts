import { defineRule } from '../define-rule.js';
import { checkBooleanSetting } from './daemon-utils/boolean-setting.js';

export const daemonLiveRestoreMissing = defineRule({
  id: 'DH014',
  slug: 'daemon-live-restore-missing',
  title: 'Containers stop when the Docker daemon stops',
  severity: 'low',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'Without live restore, upgrading or restarting dockerd stops every container, which makes security ' +
    'updates of the engine costly and so more likely to be postponed.',
  remediation:
    'Set `"live-restore": true` in daemon.json (or `--live-restore`). It cannot be used with swarm mode; on ' +
    'swarm nodes drain the node before updating the engine instead.',
  references: {
    cis: ['docker-1.6:2.15'],
    urls: ['https://docs.docker.com/engine/daemon/live-restore/'],
  },
  messages: {
    set: 'live restore is off ({{written}}): restarting dockerd stops every container',
    defaulted:
      "live restore is off: {{omitted}}, so by dockerd's default (false) restarting it stops every container",
  },
  *check(view) {
    const violation = checkBooleanSetting(view, 'live-restore', (value) => value !== true);
    if (violation !== undefined) yield violation;
  },
});
