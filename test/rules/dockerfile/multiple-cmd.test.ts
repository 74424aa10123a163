import { multipleCmd } from '../../../src/rules/dockerfile/multiple-cmd.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(multipleCmd, {
  valid: [
    valid('one CMD', dockerfile('FROM node:20', 'CMD ["node", "a.js"]')),
    valid(
      'one per stage',
      dockerfile('FROM node:20 AS test', 'CMD ["npm", "test"]', 'FROM node:20', 'CMD ["node", "a.js"]'),
    ),
    valid('no CMD', dockerfile('FROM node:20')),
  ],
  invalid: [
    invalid(
      'two CMDs',
      dockerfile('FROM node:20', 'CMD ["node", "a.js"]', 'RUN echo x', 'CMD ["node", "b.js"]'),
      [{ line: 4, messageId: 'repeated', path: 'stages[0].instructions[3]' }],
    ),
  ],
});
