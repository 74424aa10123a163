import { copyFromUnknownStage } from '../../../src/rules/dockerfile/copy-from-unknown-stage.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(copyFromUnknownStage, {
  valid: [
    valid(
      'earlier alias, any case',
      dockerfile('FROM golang:1.22 AS Build', 'FROM scratch', 'COPY --from=build /out /out'),
    ),
    valid('stage index', dockerfile('FROM golang:1.22', 'FROM scratch', 'COPY --from=0 /out /out')),
    valid(
      'image reference',
      dockerfile('FROM debian:12', 'COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/'),
    ),
    valid('no --from', dockerfile('FROM debian:12', 'COPY --link app /app')),
  ],
  invalid: [
    invalid('typo', dockerfile('FROM golang:1.22 AS build', 'FROM scratch', 'COPY --from=biuld /out /out'), [
      { line: 3, messageId: 'unknown', column: 6, path: 'stages[1].instructions[1].flags.from' },
    ]),
    invalid(
      'stage defined later',
      dockerfile('FROM scratch', 'COPY --from=build /out /out', 'FROM golang:1.22 AS build'),
      [{ line: 2, messageId: 'unknown' }],
    ),
  ],
});
