import { envSelfReference } from '../../../src/rules/dockerfile/env-self-reference.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(envSelfReference, {
  valid: [
    valid('separate ENVs', dockerfile('FROM debian:12', 'ENV APP_HOME=/app', 'ENV APP_BIN=$APP_HOME/bin')),
    valid('own previous value', dockerfile('FROM debian:12', 'ENV PATH=/app/bin:$PATH LANG=C.UTF-8')),
    valid(
      'defined earlier',
      dockerfile('FROM debian:12', 'ARG VERSION=1.0', 'ENV VERSION=2.0 TAG=v${VERSION}'),
    ),
    valid('longer name is another variable', dockerfile('FROM debian:12', 'ENV A=1 B=$AB')),
    valid('single pair', dockerfile('FROM debian:12', 'ENV A=1')),
  ],
  invalid: [
    invalid(
      'refers to a pair of the same ENV',
      dockerfile('FROM debian:12', 'ENV APP_HOME=/app APP_BIN=$APP_HOME/bin'),
      [{ line: 2, messageId: 'selfReference', path: 'stages[0].instructions[1]' }],
    ),
    invalid(
      'braces and default, over two lines',
      dockerfile('FROM debian:12', 'ENV BASE=/opt \\', '    DATA=${BASE:-/srv}/data'),
      [{ line: 2, messageId: 'selfReference' }],
    ),
  ],
});
