import type { Violation } from '../../core/index.js';
import { defineRule } from '../define-rule.js';
import { effectiveSetting, isTrue, writtenAs } from './daemon-utils/setting.js';

export const daemonLogLevel = defineRule({
  id: 'DH002',
  slug: 'daemon-log-level',
  title: 'Docker daemon logging level is not info',
  severity: 'low',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'At `warn` and above dockerd drops the informational events an investigation needs (containers started, ' +
    'images pulled, API errors); at `debug` or `trace` it writes request details in bulk, which buries real ' +
    'events and can record data that should not be kept. `info` is the level to run with.',
  remediation:
    'Remove `log-level` and `debug` from daemon.json (and `--log-level`/`-l`, `--debug`/`-D` from the dockerd ' +
    'command line), or set `"log-level": "info"`.',
  references: {
    cis: ['docker-1.6:2.3'],
    urls: ['https://docs.docker.com/reference/cli/dockerd/'],
  },
  messages: {
    level: 'the daemon logs at level "{{level}}" ({{written}}) instead of info',
    debug: 'debug mode ({{written}}) makes the daemon log at level debug instead of info',
  },
  *check(view): Iterable<Violation<'level' | 'debug'>> {
    const level = effectiveSetting(view, 'log-level');
    if (level.explicit && typeof level.value === 'string' && level.value.toLowerCase() !== 'info')
      yield { messageId: 'level', data: { level: level.value, written: writtenAs(level) }, path: level.path };
    const debug = effectiveSetting(view, 'debug');
    if (debug.explicit && isTrue(debug.value))
      yield { messageId: 'debug', data: { written: writtenAs(debug) }, path: debug.path };
  },
});
