import { pointlessCommand } from '../../../src/rules/dockerfile/pointless-command.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(pointlessCommand, {
  valid: [
    valid(
      'build commands',
      dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y procps openssh-client'),
    ),
    valid('names as arguments', dockerfile('FROM debian:12', 'RUN echo top ps kill')),
    valid('no RUN', dockerfile('FROM debian:12')),
  ],
  invalid: [
    invalid(
      'service start',
      dockerfile('FROM debian:12', 'RUN service postgresql start && psql -c "select 1"'),
      [{ line: 2, messageId: 'pointless', path: 'stages[0].instructions[1].commands[0]' }],
    ),
    invalid(
      'several on several lines',
      dockerfile('FROM debian:12', 'RUN ps aux \\', '  && top -b -n 1 \\', '  && ssh host true'),
      [
        { line: 2, messageId: 'pointless' },
        { line: 3, messageId: 'pointless' },
        { line: 4, messageId: 'pointless' },
      ],
    ),
  ],
});
