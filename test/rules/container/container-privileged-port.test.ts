import { containerPrivilegedPort } from '../../../src/rules/container/container-privileged-port.js';
import { ruleTester } from '../../support/rule-tester.js';
import { hardenedRun, inspect, script } from './utils/cases.js';

ruleTester(containerPrivilegedPort, {
  valid: [
    { name: 'no ports', kind: 'script', code: script(hardenedRun()) },
    { name: 'high host port', kind: 'script', code: script(hardenedRun('-p 127.0.0.1:8080:80')) },
    { name: 'daemon picks the host port', kind: 'script', code: script(hardenedRun('-p 80')) },
    { name: 'variable', kind: 'script', code: script(hardenedRun('-p "$PORT:80"')) },
    { name: 'engine: 8080', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'port 80, combined short options',
      kind: 'script',
      code: script('docker run -dp 127.0.0.1:80:8080 nginx'),
      errors: [{ line: 1, column: 12, messageId: 'privilegedPort', path: '--publish' }],
    },
    {
      name: 'engine: host port 443',
      kind: 'container-inspect',
      code: inspect({
        NetworkSettings: { Ports: { '443/tcp': [{ HostIp: '127.0.0.1', HostPort: '443' }] } },
      }),
      errors: [{ line: 1, path: 'NetworkSettings.Ports["443/tcp"][0]' }],
    },
  ],
});
