import { daemonTcpWithoutTls } from '../../../src/rules/daemon/daemon-tcp-without-tls.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

const tlsFiles =
  '  "tlscacert": "/etc/docker/ca.pem",\n  "tlscert": "/etc/docker/cert.pem",\n  "tlskey": "/etc/docker/key.pem"';

daemonRuleTester(daemonTcpWithoutTls, {
  valid: [
    { name: 'hosts omitted (unix socket)', json: '{\n  "icc": false\n}\n' },
    { name: 'unix and fd hosts only', json: '{\n  "hosts": ["unix:///var/run/docker.sock", "fd://"]\n}\n' },
    {
      name: 'TCP with tlsverify and all three files',
      json: `{\n  "hosts": ["tcp://0.0.0.0:2376"],\n  "tlsverify": true,\n${tlsFiles}\n}\n`,
    },
    {
      name: 'live: TCP with --tlsverify and files',
      flags: [
        'dockerd',
        '-H',
        'tcp://0.0.0.0:2376',
        '--tlsverify',
        '--tlscacert=/c',
        '--tlscert=/t',
        '--tlskey=/k',
      ],
    },
    { name: 'live: no hosts', flags: ['dockerd'] },
    {
      name: 'tls alone: dockerd turns verification on',
      json: `{\n  "hosts": ["tcp://0.0.0.0:2376"],\n  "tls": true,\n${tlsFiles}\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'TCP host without TLS',
      json: '{\n  "hosts": [\n    "unix:///var/run/docker.sock",\n    "tcp://0.0.0.0:2375"\n  ]\n}\n',
      errors: [
        {
          messageId: 'noTls',
          line: 4,
          path: 'hosts[1]',
          severity: 'critical',
          message:
            'the API listens on tcp://0.0.0.0:2375 without TLS: anyone who reaches the port controls the host',
        },
      ],
    },
    {
      name: 'host without a scheme is TCP',
      json: '{\n  "hosts": [":2375"]\n}\n',
      errors: [{ messageId: 'noTls', line: 2, path: 'hosts[0]' }],
    },
    {
      name: 'tlsverify explicitly false: TLS without client verification',
      json: `{\n  "hosts": ["tcp://127.0.0.1:2376"],\n  "tlsverify": false,\n${tlsFiles}\n}\n`,
      errors: [{ messageId: 'noVerify', line: 2, path: 'hosts[0]' }],
    },
    {
      name: 'tls explicitly false',
      json: '{\n  "hosts": ["tcp://127.0.0.1:2375"],\n  "tls": false\n}\n',
      errors: [{ messageId: 'noTls', line: 2, path: 'hosts[0]' }],
    },
    {
      name: 'live: --tlsverify=false',
      flags: [
        'dockerd',
        '-H',
        'tcp://0.0.0.0:2376',
        '--tlsverify=false',
        '--tlscacert=/c',
        '--tlscert=/t',
        '--tlskey=/k',
      ],
      errors: [{ messageId: 'noVerify', line: 1, column: 9, path: 'hosts[0]', file: 'dockerd' }],
    },
    {
      name: 'tlsverify without certificate paths',
      json: '{\n  "hosts": ["tcp://0.0.0.0:2376"],\n  "tlsverify": true,\n  "tlscert": "/etc/docker/cert.pem"\n}\n',
      errors: [
        {
          messageId: 'missingFile',
          line: 1,
          path: 'tlscacert',
          severity: 'medium',
          message:
            'tlsverify is on but tlscacert is not set: dockerd falls back to ca.pem in the home directory of the user that starts it',
        },
        { messageId: 'missingFile', line: 1, path: 'tlskey', severity: 'medium' },
      ],
    },
    {
      name: 'live: -H tcp without TLS',
      flags: ['dockerd', '-H', 'fd://', '-H', 'tcp://0.0.0.0:2375'],
      errors: [{ messageId: 'noTls', line: 1, column: 18, path: 'hosts[1]', file: 'dockerd' }],
    },
  ],
});
