import { containerPortOnAllInterfaces } from '../../../src/rules/container/container-port-on-all-interfaces.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerPortOnAllInterfaces, {
  valid: [
    { name: 'no ports', kind: 'script', code: script('docker run nginx') },
    { name: 'loopback', kind: 'script', code: script('docker run -p 127.0.0.1:8080:80 nginx') },
    { name: 'IPv6 loopback', kind: 'script', code: script('docker run -p [::1]:8080:80 nginx') },
    { name: 'variable', kind: 'script', code: script('docker run -p "$BIND:8080:80" nginx') },
    { name: 'engine: loopback', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'no host address, and 0.0.0.0',
      kind: 'script',
      code: script('docker run -p 8080:80 --publish=0.0.0.0:8443:443/tcp nginx'),
      errors: [
        { line: 1, column: 12, messageId: 'allInterfaces', path: '--publish' },
        { line: 1, column: 23, messageId: 'allInterfaces', path: '--publish' },
      ],
    },
    {
      name: 'publish all',
      kind: 'script',
      code: script('docker run -P nginx'),
      errors: [{ line: 1, column: 12, messageId: 'publishAll', path: '--publish-all' }],
    },
    {
      name: 'engine: 0.0.0.0 and :: are one finding',
      kind: 'container-inspect',
      code: inspect({
        NetworkSettings: {
          Ports: {
            '80/tcp': [
              { HostIp: '0.0.0.0', HostPort: '8080' },
              { HostIp: '::', HostPort: '8080' },
            ],
          },
        },
      }),
      errors: [{ line: 1, path: 'NetworkSettings.Ports["80/tcp"][0]' }],
    },
  ],
});
