import type { Violation } from '../../core/index.js';
import { defineRule } from '../define-rule.js';
import { effectiveSetting, omittedIn, writtenAs } from './daemon-utils/setting.js';

// Drivers that keep container logs only on this host (or nowhere).
const localDrivers = new Set(['json-file', 'local', 'none']);

export const daemonRemoteLoggingMissing = defineRule({
  id: 'DH012',
  slug: 'daemon-remote-logging-missing',
  title: 'Container logs are not sent to a central log service',
  severity: 'low',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'Logs kept only on the host are lost with it, rotate away quickly, and can be erased by whoever compromises ' +
    'it; a central service keeps them for investigation and alerting.',
  remediation:
    'Set `log-driver` to a driver that ships logs off the host (`syslog`, `journald` forwarded by the host, ' +
    '`fluentd`, `gelf`, `awslogs`, `splunk`, ...) with its `log-opts`, or collect the json-file logs with an ' +
    'agent that forwards them.',
  references: {
    cis: ['docker-1.6:2.13'],
    urls: ['https://docs.docker.com/engine/logging/configure/'],
  },
  messages: {
    local: 'container logs stay on this host: the log driver is {{driver}} ({{written}})',
    defaulted:
      "container logs stay on this host: {{omitted}}, so dockerd's default driver (json-file) applies",
    none: 'container logs are discarded: the log driver is none ({{written}})',
  },
  *check(view): Iterable<Violation<'local' | 'defaulted' | 'none'>> {
    const setting = effectiveSetting(view, 'log-driver');
    const driver = typeof setting.value === 'string' ? setting.value : '';
    if (!localDrivers.has(driver)) return;
    if (!setting.explicit)
      yield { messageId: 'defaulted', data: { omitted: omittedIn(view) }, path: setting.path };
    else if (driver === 'none')
      yield { messageId: 'none', data: { written: writtenAs(setting) }, path: setting.path };
    else yield { messageId: 'local', data: { driver, written: writtenAs(setting) }, path: setting.path };
  },
});
