import { defineRule } from '../define-rule.js';
import { checkBooleanSetting } from './daemon-utils/boolean-setting.js';

export const daemonIptablesDisabled = defineRule({
  id: 'DH003',
  slug: 'daemon-iptables-disabled',
  title: 'Docker may not manage iptables',
  severity: 'medium',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'With `iptables` off, dockerd no longer writes the filter rules that keep networks apart and published ports ' +
    'scoped; the firewall then has to be kept in step with every container change by hand, and a missed rule ' +
    'exposes containers or lets networks reach each other.',
  remediation:
    'Remove `"iptables": false` from daemon.json (and `--iptables=false` from the dockerd command line).',
  references: {
    cis: ['docker-1.6:2.4'],
    urls: ['https://docs.docker.com/engine/network/packet-filtering-firewalls/'],
  },
  messages: {
    set: 'iptables management is off ({{written}}): dockerd no longer isolates networks or scopes published ports',
    defaulted: 'iptables management is off: {{omitted}}',
  },
  *check(view) {
    // dockerd's default is true, so only an explicit false is reported.
    const violation = checkBooleanSetting(view, 'iptables', (value) => value === false);
    if (violation !== undefined) yield violation;
  },
});
