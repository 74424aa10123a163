import { defineRule } from '../define-rule.js';
import { checkBooleanSetting } from './daemon-utils/boolean-setting.js';

export const daemonNoNewPrivilegesMissing = defineRule({
  id: 'DH013',
  slug: 'daemon-no-new-privileges-missing',
  title: 'Containers may gain privileges by default',
  severity: 'medium',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'Unless `no-new-privileges` is set, a process in a container can gain privileges through setuid or setgid ' +
    'binaries and file capabilities, which turns a foothold as an unprivileged user into root in the container.',
  remediation:
    'Set `"no-new-privileges": true` in daemon.json (or `--no-new-privileges`); containers that truly need ' +
    'setuid binaries can be started with `--security-opt no-new-privileges=false`.',
  references: {
    cis: ['docker-1.6:2.14'],
    mitre: ['T1548'],
    urls: ['https://docs.docker.com/reference/cli/dockerd/#no-new-privileges'],
  },
  messages: {
    set: 'containers may gain privileges through setuid binaries by default ({{written}})',
    defaulted:
      "no-new-privileges is not on: {{omitted}}, so by dockerd's default (false) containers may gain privileges through setuid binaries",
  },
  *check(view) {
    const violation = checkBooleanSetting(view, 'no-new-privileges', (value) => value !== true);
    if (violation !== undefined) yield violation;
  },
});
