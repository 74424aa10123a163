import { cdInsteadOfWorkdir } from '../../../src/rules/dockerfile/cd-instead-of-workdir.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(cdInsteadOfWorkdir, {
  valid: [
    valid('WORKDIR', dockerfile('FROM debian:12', 'WORKDIR /src', 'RUN make')),
    valid(
      'cd inside a command substitution',
      dockerfile('FROM debian:12', 'RUN DIR="$(cd /opt && pwd)" && echo "$DIR"'),
    ),
    valid('no RUN', dockerfile('FROM debian:12')),
  ],
  invalid: [
    invalid('cd && make', dockerfile('FROM debian:12', 'RUN cd /src && make'), [
      { line: 2, messageId: 'cd', column: 5, path: 'stages[0].instructions[1].commands[0]' },
    ]),
    invalid(
      'cd in a heredoc',
      dockerfile('FROM debian:12', 'RUN <<EOF', 'set -e', 'cd /src', 'make', 'EOF'),
      [{ line: 4, messageId: 'cd', column: 1 }],
    ),
  ],
});
