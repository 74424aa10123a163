import { healthcheckMissing } from '../../../src/rules/dockerfile/healthcheck-missing.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(healthcheckMissing, {
  valid: [
    valid(
      'exec form',
      dockerfile('FROM nginx:1.27', 'HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost/"]'),
    ),
    valid(
      'inherited from a parent stage',
      dockerfile(
        'FROM nginx:1.27 AS base',
        'HEALTHCHECK CMD curl -f http://localhost/ || exit 1',
        'FROM base',
      ),
    ),
    valid(
      'builder stages need none',
      dockerfile('FROM golang:1.22 AS build', 'FROM nginx:1.27', 'HEALTHCHECK NONE'),
    ),
  ],
  invalid: [
    invalid('none', dockerfile('FROM nginx:1.27', 'COPY site /usr/share/nginx/html'), [
      { line: 1, messageId: 'missing', path: 'stages[0].instructions[0]' },
    ]),
    invalid(
      'only in a builder stage',
      dockerfile('FROM nginx:1.27 AS build', 'HEALTHCHECK CMD true', 'FROM nginx:1.27'),
      [{ line: 3, messageId: 'missing' }],
    ),
  ],
});
