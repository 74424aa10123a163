import { defineRule } from '../define-rule.js';
import { effectiveSetting, omittedIn } from './daemon-utils/setting.js';

export const daemonDefaultUlimitUnset = defineRule({
  id: 'DH007',
  slug: 'daemon-default-ulimit-unset',
  title: 'No default ulimits for containers',
  severity: 'info',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'Without `default-ulimits`, containers inherit the limits of the dockerd process (often very high for open ' +
    'files and processes), so one container can exhaust descriptors or processes for the whole host. Which ' +
    'limits fit depends on the workloads, so this is a reminder to decide, not a defect in itself.',
  remediation:
    'Set `default-ulimits` in daemon.json (for example `"nofile": {"Name": "nofile", "Soft": 1024, "Hard": 4096}`, ' +
    'and `nproc`), or `--default-ulimit nofile=1024:4096`; containers that need more can raise them with ' +
    '`--ulimit`.',
  references: {
    cis: ['docker-1.6:2.8'],
    urls: ['https://docs.docker.com/reference/cli/dockerd/#default-ulimit'],
  },
  messages: {
    unset:
      'no default ulimits for containers: {{omitted}}, so containers inherit the limits of the dockerd process',
  },
  *check(view) {
    const setting = effectiveSetting(view, 'default-ulimits');
    const value = setting.value;
    const empty =
      value === undefined || value === null || (typeof value === 'object' && Object.keys(value).length === 0);
    if (empty)
      yield {
        messageId: 'unset',
        data: { omitted: setting.explicit ? 'the setting is empty' : omittedIn(view) },
        path: setting.path,
      };
  },
});
