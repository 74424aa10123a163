import { maintainerDeprecated } from '../../../src/rules/dockerfile/maintainer-deprecated.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(maintainerDeprecated, {
  valid: [
    valid(
      'label',
      dockerfile('FROM debian:12', 'LABEL org.opencontainers.image.authors="Jane <jane@example.com>"'),
    ),
    valid('nothing', dockerfile('FROM debian:12')),
  ],
  invalid: [
    invalid('MAINTAINER', dockerfile('FROM debian:12', 'MAINTAINER Jane <jane@example.com>'), [
      { line: 2, messageId: 'deprecated', path: 'stages[0].instructions[1]' },
    ]),
    invalid('lowercase', dockerfile('from debian:12', 'maintainer jane'), [
      { line: 2, messageId: 'deprecated' },
    ]),
  ],
});
