import { apkCacheKept } from '../../../src/rules/dockerfile/apk-cache-kept.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(apkCacheKept, {
  valid: [
    valid('--no-cache', dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache curl')),
    valid(
      'cache mount',
      dockerfile('FROM alpine:3.20', 'RUN --mount=type=cache,target=/var/cache/apk apk add curl'),
    ),
    valid('cache removed', dockerfile('FROM alpine:3.20', 'RUN apk add curl && rm -rf /var/cache/apk/*')),
    valid('no apk add', dockerfile('FROM alpine:3.20', 'RUN echo hi')),
  ],
  invalid: [
    invalid('cache kept', dockerfile('FROM alpine:3.20', 'RUN apk update && apk add curl'), [
      { line: 2, messageId: 'cacheKept', path: 'stages[0].instructions[1].commands[1]' },
    ]),
  ],
});
