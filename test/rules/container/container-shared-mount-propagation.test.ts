import { containerSharedMountPropagation } from '../../../src/rules/container/container-shared-mount-propagation.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerSharedMountPropagation, {
  valid: [
    { name: 'default propagation', kind: 'script', code: script('docker run -v /srv/data:/data nginx') },
    { name: 'rslave', kind: 'script', code: script('docker run -v /srv/data:/data:ro,rslave nginx') },
    { name: 'engine: rprivate', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'shared in -v and rshared in --mount',
      kind: 'script',
      code: script(
        'docker run -v /srv/a:/a:shared \\',
        '  --mount type=bind,source=/srv/b,target=/b,bind-propagation=rshared nginx',
      ),
      errors: [
        { line: 1, column: 12, messageId: 'shared', path: '--volume' },
        { line: 2, column: 3, messageId: 'shared', path: '--mount' },
      ],
    },
    {
      name: 'engine',
      kind: 'container-inspect',
      code: inspect({
        top: {
          Mounts: [
            {
              Type: 'bind',
              Source: '/srv/a',
              Destination: '/a',
              Mode: 'shared',
              RW: true,
              Propagation: 'shared',
            },
          ],
        },
      }),
      errors: [{ line: 1, path: 'Mounts[0]' }],
    },
  ],
});
