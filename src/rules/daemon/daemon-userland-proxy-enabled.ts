import { defineRule } from '../define-rule.js';
import { checkBooleanSetting } from './daemon-utils/boolean-setting.js';

export const daemonUserlandProxyEnabled = defineRule({
  id: 'DH015',
  slug: 'daemon-userland-proxy-enabled',
  title: 'The userland proxy serves published ports',
  severity: 'low',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'With the userland proxy on, a `docker-proxy` process runs for every published port and relays traffic ' +
    "that the kernel's NAT rules could carry; each is one more process listening on the host, and connections " +
    "it relays reach the container from the proxy's address instead of the client's.",
  remediation:
    'Set `"userland-proxy": false` in daemon.json (or `--userland-proxy=false`) where the kernel supports ' +
    'hairpin NAT, so published ports are served by NAT rules alone.',
  references: {
    cis: ['docker-1.6:2.16'],
    urls: ['https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-on-a-router'],
  },
  messages: {
    set: 'the userland proxy is on ({{written}}): a docker-proxy process listens for every published port',
    defaulted:
      "the userland proxy is on: {{omitted}}, so by dockerd's default (true) a docker-proxy process listens for every published port",
  },
  *check(view) {
    const violation = checkBooleanSetting(view, 'userland-proxy', (value) => value !== false);
    if (violation !== undefined) yield violation;
  },
});
