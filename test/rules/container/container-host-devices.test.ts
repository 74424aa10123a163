import { containerHostDevices } from '../../../src/rules/container/container-host-devices.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerHostDevices, {
  valid: [
    { name: 'no devices', kind: 'script', code: script('docker run nginx') },
    { name: 'variable', kind: 'script', code: script('docker run --device "$DEV" nginx') },
    { name: 'engine: no devices', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'disk',
      kind: 'script',
      code: script('docker run --device /dev/sda:/dev/xvda:rwm nginx'),
      errors: [{ line: 1, column: 12, messageId: 'device', path: '--device' }],
    },
    {
      name: 'engine: fuse',
      kind: 'container-inspect',
      code: inspect({
        HostConfig: {
          Devices: [{ PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' }],
        },
      }),
      errors: [{ line: 1, path: 'HostConfig.Devices[0]' }],
    },
  ],
});
