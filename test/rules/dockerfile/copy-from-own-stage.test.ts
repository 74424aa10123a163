import { copyFromOwnStage } from '../../../src/rules/dockerfile/copy-from-own-stage.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(copyFromOwnStage, {
  valid: [
    valid(
      'earlier stage',
      dockerfile('FROM golang:1.22 AS build', 'FROM scratch AS final', 'COPY --from=build /out /out'),
    ),
    valid('no --from', dockerfile('FROM debian:12 AS app', 'COPY app /app')),
  ],
  invalid: [
    invalid('own alias', dockerfile('FROM debian:12 AS app', 'COPY --from=app /a /b'), [
      { line: 2, messageId: 'ownStage', path: 'stages[0].instructions[1].flags.from' },
    ]),
    invalid(
      'own index, other case',
      dockerfile(
        'FROM golang:1.22 AS build',
        'FROM debian:12 AS App',
        'COPY --from=1 /a /b',
        'COPY --from=APP /c /d',
      ),
      [
        { line: 3, messageId: 'ownStage' },
        { line: 4, messageId: 'ownStage' },
      ],
    ),
  ],
});
