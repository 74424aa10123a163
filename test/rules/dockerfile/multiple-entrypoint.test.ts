import { multipleEntrypoint } from '../../../src/rules/dockerfile/multiple-entrypoint.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(multipleEntrypoint, {
  valid: [
    valid('one ENTRYPOINT', dockerfile('FROM node:20', 'ENTRYPOINT ["tini", "--"]')),
    valid('none', dockerfile('FROM node:20')),
  ],
  invalid: [
    invalid('three', dockerfile('FROM node:20', 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]', 'entrypoint ["c"]'), [
      { line: 3, messageId: 'repeated', path: 'stages[0].instructions[2]' },
      { line: 4, messageId: 'repeated', path: 'stages[0].instructions[3]' },
    ]),
  ],
});
