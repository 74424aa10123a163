import { apkUnpinned } from '../../../src/rules/dockerfile/apk-unpinned.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(apkUnpinned, {
  valid: [
    valid('pinned', dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache curl=8.9.1-r0 git~2.45')),
    valid(
      'virtual name is not a package',
      dockerfile(
        'FROM alpine:3.20',
        'RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0',
      ),
    ),
    valid(
      'local apk file',
      dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache --allow-untrusted /tmp/x.apk'),
    ),
    valid('no apk', dockerfile('FROM alpine:3.20')),
  ],
  invalid: [
    invalid('unpinned', dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache curl'), [
      { line: 2, messageId: 'unpinned', path: 'stages[0].instructions[1].commands[0]' },
    ]),
    invalid(
      'lowercase with continuation',
      dockerfile('from alpine:3.20', 'run apk update \\', '  && apk add bash'),
      [{ line: 3, messageId: 'unpinned' }],
    ),
  ],
});
