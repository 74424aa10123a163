import { daemonRemoteLoggingMissing } from '../../../src/rules/daemon/daemon-remote-logging-missing.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonRemoteLoggingMissing, {
  valid: [
    {
      name: 'syslog driver',
      json: '{\n  "log-driver": "syslog",\n  "log-opts": { "syslog-address": "tcp://logs.example:514" }\n}\n',
    },
    { name: 'fluentd flag', flags: ['dockerd', '--log-driver=fluentd'] },
  ],
  invalid: [
    {
      name: 'log-driver omitted',
      json: '{\n  "icc": false\n}\n',
      errors: [
        {
          messageId: 'defaulted',
          line: 1,
          path: 'log-driver',
          message:
            "container logs stay on this host: daemon.json does not set it, so dockerd's default driver (json-file) applies",
        },
      ],
    },
    {
      name: 'local driver',
      json: '{\n  "icc": false,\n  "log-driver": "local"\n}\n',
      errors: [{ messageId: 'local', line: 3, path: 'log-driver' }],
    },
    {
      name: 'none driver',
      json: '{\n  "log-driver": "none"\n}\n',
      errors: [{ messageId: 'none', line: 2, path: 'log-driver' }],
    },
    {
      name: 'flag json-file',
      flags: ['dockerd', '--log-driver', 'json-file'],
      errors: [
        {
          messageId: 'local',
          line: 1,
          column: 9,
          path: 'log-driver',
          message: 'container logs stay on this host: the log driver is json-file (--log-driver json-file)',
        },
      ],
    },
  ],
});
