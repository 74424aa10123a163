import { containerSensitiveHostMount } from '../../../src/rules/container/container-sensitive-host-mount.js';
import { ruleTester } from '../../support/rule-tester.js';
import { hardenedRun, inspect, script } from './utils/cases.js';

ruleTester(containerSensitiveHostMount, {
  valid: [
    { name: 'no mounts', kind: 'script', code: script(hardenedRun()) },
    { name: 'project folder', kind: 'script', code: script(hardenedRun('-v /srv/app/data:/data')) },
    { name: 'named volume', kind: 'script', code: script(hardenedRun('-v etc:/etc')) },
    {
      name: 'read-only time zone',
      kind: 'script',
      code: script(hardenedRun('-v /etc/localtime:/etc/localtime:ro')),
    },
    {
      name: 'source decided by a variable',
      kind: 'script',
      code: script(hardenedRun('-v "$HOST_DIR:/data"')),
    },
    {
      name: 'docker socket is left to DH033',
      kind: 'script',
      code: script(hardenedRun('-v /var/run/docker.sock:/s')),
    },
    { name: 'engine: no mounts', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'host /etc writable, root read-only',
      kind: 'script',
      code: script(
        'docker run \\',
        '  -v /etc:/host/etc \\',
        '  --mount type=bind,source=/,target=/host,readonly alpine',
      ),
      errors: [
        { line: 2, column: 3, messageId: 'writable', path: '--volume' },
        { line: 3, column: 3, messageId: 'readOnly', path: '--mount' },
      ],
    },
    {
      name: 'engine: bind of /root',
      kind: 'container-inspect',
      code: inspect({
        top: {
          Mounts: [
            { Type: 'bind', Source: '/root', Destination: '/r', Mode: '', RW: true, Propagation: 'rprivate' },
          ],
        },
      }),
      errors: [{ line: 1, messageId: 'writable', path: 'Mounts[0]' }],
    },
  ],
});
