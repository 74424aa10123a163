import { addInsteadOfCopy } from '../../../src/rules/dockerfile/add-instead-of-copy.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(addInsteadOfCopy, {
  valid: [
    valid('COPY', dockerfile('FROM debian:12', 'COPY app /app')),
    valid('archive', dockerfile('FROM debian:12', 'ADD rootfs.tar.xz /')),
    valid(
      'URL and git source',
      dockerfile('FROM debian:12', 'ADD https://x/a.bin /a.bin', 'ADD git@github.com:org/repo.git /src'),
    ),
  ],
  invalid: [
    invalid('local file', dockerfile('FROM debian:12', 'ADD app.py /app/'), [
      { line: 2, messageId: 'useCopy', path: 'stages[0].instructions[1]' },
    ]),
    invalid(
      'archive and a plain file, --chown',
      dockerfile('FROM debian:12', 'add --chown=app:app vendor.tgz config.yaml /app/'),
      [{ line: 2, messageId: 'useCopy' }],
    ),
    invalid('JSON form', dockerfile('FROM debian:12', 'ADD ["my dir", "/app/"]'), [
      { line: 2, messageId: 'useCopy' },
    ]),
  ],
});
