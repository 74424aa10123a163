import { containerSocketMount } from '../../../src/rules/container/container-socket-mount.js';
import { ruleTester } from '../../support/rule-tester.js';
import { hardenedRun, inspect, script } from './utils/cases.js';

ruleTester(containerSocketMount, {
  valid: [
    { name: 'no mounts', kind: 'script', code: script(hardenedRun()) },
    { name: 'other host path', kind: 'script', code: script(hardenedRun('-v /srv/sock:/sock')) },
    { name: 'named volume', kind: 'script', code: script(hardenedRun('-v docker:/var/run')) },
    { name: 'engine: no mounts', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'socket, read-only does not help',
      kind: 'script',
      code: script(hardenedRun('-v /var/run/docker.sock:/var/run/docker.sock:ro')),
      errors: [{ line: 1, messageId: 'socket', path: '--volume' }],
    },
    {
      name: 'folder above the socket',
      kind: 'script',
      code: script('docker run --mount type=bind,src=/run,dst=/run alpine'),
      errors: [{ line: 1, column: 12, messageId: 'folder', path: '--mount' }],
    },
    {
      name: 'engine: socket mount',
      kind: 'container-inspect',
      code: inspect({
        top: {
          Mounts: [
            {
              Type: 'bind',
              Source: '/var/run/docker.sock',
              Destination: '/var/run/docker.sock',
              Mode: '',
              RW: true,
              Propagation: 'rprivate',
            },
          ],
        },
      }),
      errors: [{ line: 1, messageId: 'socket', path: 'Mounts[0]' }],
    },
  ],
});
