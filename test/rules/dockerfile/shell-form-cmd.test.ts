import { shellFormCmd } from '../../../src/rules/dockerfile/shell-form-cmd.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(shellFormCmd, {
  valid: [
    valid(
      'exec form',
      dockerfile('FROM node:20', 'ENTRYPOINT ["/usr/bin/tini", "--"]', 'CMD ["node", "server.js"]'),
    ),
    valid(
      'exec form over continuation lines',
      dockerfile('FROM node:20', 'CMD ["node", \\', '     "server.js"]'),
    ),
    valid('neither', dockerfile('FROM node:20')),
  ],
  invalid: [
    invalid('shell form CMD', dockerfile('FROM node:20', 'CMD node server.js'), [
      { line: 2, messageId: 'shellForm', path: 'stages[0].instructions[1]' },
    ]),
    invalid(
      'shell form ENTRYPOINT and invalid JSON',
      dockerfile('FROM node:20', 'entrypoint /run.sh', "CMD ['node', 'x.js']"),
      [
        { line: 2, messageId: 'shellForm' },
        { line: 3, messageId: 'shellForm' },
      ],
    ),
  ],
});
