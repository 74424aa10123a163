import { defineRule } from '../define-rule.js';
import { checkBooleanSetting } from './daemon-utils/boolean-setting.js';

export const daemonExperimentalEnabled = defineRule({
  id: 'DH017',
  slug: 'daemon-experimental-enabled',
  title: 'Experimental daemon features are on',
  severity: 'low',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    "Experimental features are not covered by Docker's stability and support guarantees and get less review; " +
    'a production daemon should not expose them.',
  remediation:
    'Remove `"experimental": true` from daemon.json (and `--experimental` from the dockerd command line).',
  references: {
    cis: ['docker-1.6:2.18'],
    urls: ['https://docs.docker.com/reference/cli/dockerd/#daemon-configuration-file'],
  },
  messages: {
    set: 'experimental features are on ({{written}})',
    defaulted: 'experimental features are on: {{omitted}}',
  },
  *check(view) {
    // dockerd's default is false, so only an explicit true is reported.
    const violation = checkBooleanSetting(view, 'experimental', (value) => value === true);
    if (violation !== undefined) yield violation;
  },
});
