import { defineRule } from '../define-rule.js';
import { effectiveSetting, omittedIn, stringsOf } from './daemon-utils/setting.js';

export const daemonAuthorizationPluginMissing = defineRule({
  id: 'DH011',
  slug: 'daemon-authorization-plugin-missing',
  title: 'No authorization plugin guards the Docker API',
  severity: 'low',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'Without an authorization plugin, every client that can reach the Docker API may call every endpoint: ' +
    'whoever may list containers may also start a privileged one. A plugin can allow each user only the ' +
    'calls their role needs.',
  remediation:
    'Install an authorization plugin and list it in `authorization-plugins` (or `--authorization-plugin`); ' +
    'where that is not practical, keep access to the socket to the few people who administer the host.',
  references: {
    cis: ['docker-1.6:2.12'],
    urls: ['https://docs.docker.com/engine/extend/plugins_authorization/'],
  },
  messages: {
    missing: 'no authorization plugin: {{omitted}}, so every API client may call every endpoint',
  },
  *check(view) {
    const setting = effectiveSetting(view, 'authorization-plugins');
    if (stringsOf(setting.value).some((plugin) => plugin.trim() !== '')) return;
    yield {
      messageId: 'missing',
      data: { omitted: setting.explicit ? 'the list is empty' : omittedIn(view) },
      path: setting.path,
    };
  },
});
