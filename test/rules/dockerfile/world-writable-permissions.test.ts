import {
  isWorldWritable,
  worldWritablePermissions,
} from '../../../src/rules/dockerfile/world-writable-permissions.js';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

it('reads numeric and symbolic modes', () => {
  const writable = ['777', '0777', '666', '0002', 'a+rwx', 'o+w', 'u+x,o+w', 'ugo=rwx', 'a=rw'];
  const safe = ['755', '0644', '1777', '750', 'u+w', '+w', 'o-w', 'a+rx', 'g+w', 'o=r'];
  for (const mode of writable) assert.equal(isWorldWritable(mode), true, mode);
  for (const mode of safe) assert.equal(isWorldWritable(mode), false, mode);
});

ruleTester(worldWritablePermissions, {
  valid: [
    valid('tight modes', dockerfile('FROM debian:12', 'RUN chmod 755 /app && chmod -R u+rwX,g+rX /app/data')),
    valid(
      'sticky shared directory',
      dockerfile('FROM debian:12', 'RUN mkdir -p /shared && chmod 1777 /shared'),
    ),
    valid(
      'COPY --chmod 644 with --link',
      dockerfile('FROM debian:12', 'COPY --link --chmod=644 app.conf /etc/app/'),
    ),
    valid('no chmod', dockerfile('FROM debian:12', 'COPY app /app')),
  ],
  invalid: [
    invalid('chmod 777', dockerfile('FROM debian:12', 'RUN chmod 777 /app'), [
      { line: 2, messageId: 'command', path: 'stages[0].instructions[1].commands[0]' },
    ]),
    invalid(
      'chmod -R 777 on a continuation line',
      dockerfile('FROM debian:12', 'RUN mkdir -p /data \\', '    && chmod -R 777 /data'),
      [{ line: 3, messageId: 'command', column: 8 }],
    ),
    invalid(
      'symbolic modes',
      dockerfile('FROM debian:12', 'RUN chmod a+rwx /opt/tool', 'RUN chmod o+w /var/log/app'),
      [
        { line: 2, messageId: 'command' },
        { line: 3, messageId: 'command' },
      ],
    ),
    invalid(
      'mkdir -m and install -m',
      dockerfile('FROM debian:12', 'RUN mkdir -m 0777 /cache && install -m 666 app.conf /etc/'),
      [
        { line: 2, messageId: 'command' },
        { line: 2, messageId: 'command' },
      ],
    ),
    invalid('COPY --chmod', dockerfile('FROM debian:12', 'COPY --chmod=777 run.sh /usr/local/bin/'), [
      { line: 2, messageId: 'copyFlag', column: 6 },
    ]),
  ],
});
