import { aptListsNotRemoved } from '../../../src/rules/dockerfile/apt-lists-not-removed.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(aptListsNotRemoved, {
  valid: [
    valid(
      'lists removed',
      dockerfile(
        'FROM debian:12',
        'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      ),
    ),
    valid(
      'cache mount',
      dockerfile(
        'FROM debian:12',
        'RUN --mount=type=cache,target=/var/lib/apt/lists --mount=type=cache,target=/var/cache/apt \\',
        '    apt-get update && apt-get install -y curl',
      ),
    ),
    valid(
      'builder stage is not shipped',
      dockerfile(
        'FROM debian:12 AS build',
        'RUN apt-get update && apt-get install -y gcc',
        'FROM gcr.io/distroless/static-debian12:nonroot',
        'COPY --from=build /out /out',
      ),
    ),
    valid('no update', dockerfile('FROM debian:12', 'RUN apt-get install -y ./local.deb')),
  ],
  invalid: [
    invalid('lists kept', dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl'), [
      { line: 2, messageId: 'listsKept', column: 5, path: 'stages[0].instructions[1].commands[0]' },
    ]),
    invalid(
      'removing something else does not count',
      dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /tmp/*'),
      [{ line: 2, messageId: 'listsKept' }],
    ),
    invalid(
      'stage the final stage builds on',
      dockerfile(
        'FROM debian:12 AS base',
        'RUN apt-get update && apt-get install -y curl',
        'FROM base',
        'COPY app /app',
      ),
      [{ line: 2, messageId: 'listsKept' }],
    ),
  ],
});
