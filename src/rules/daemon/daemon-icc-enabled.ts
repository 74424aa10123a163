import { defineRule } from '../define-rule.js';
import { checkBooleanSetting } from './daemon-utils/boolean-setting.js';

export const daemonIccEnabled = defineRule({
  id: 'DH001',
  slug: 'daemon-icc-enabled',
  title: 'Containers on the default bridge can talk to each other',
  severity: 'medium',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    "With inter-container communication on (dockerd's default), every container attached to the default bridge " +
    'reaches every port of every other one, so one compromised container can probe and attack all its neighbours ' +
    'without any port being published.',
  remediation:
    'Set `"icc": false` in daemon.json (or start dockerd with `--icc=false`) and put containers that must talk to ' +
    'each other on a user-defined network. Also drop `NET_RAW` from containers on the default bridge, or they can ' +
    'still reach each other with raw packets.',
  references: {
    cis: ['docker-1.6:2.2'],
    urls: ['https://docs.docker.com/engine/network/drivers/bridge/'],
  },
  messages: {
    set: 'inter-container communication is on ({{written}}): containers on the default bridge reach each other on any port',
    defaulted:
      "icc is not false: {{omitted}}, so dockerd's default (true) lets containers on the default bridge reach each other on any port",
  },
  *check(view) {
    const violation = checkBooleanSetting(view, 'icc', (value) => value !== false);
    if (violation !== undefined) yield violation;
  },
});
