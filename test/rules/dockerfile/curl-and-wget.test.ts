import { curlAndWget } from '../../../src/rules/dockerfile/curl-and-wget.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(curlAndWget, {
  valid: [
    valid(
      'curl only',
      dockerfile('FROM debian:12', 'RUN curl -fsSLo /a https://a', 'RUN curl -fsSLo /b https://b'),
    ),
    valid(
      'one each in different stages',
      dockerfile(
        'FROM debian:12 AS a',
        'RUN curl -fsSLo /a https://a',
        'FROM debian:12',
        'RUN wget -q https://b',
      ),
    ),
    valid(
      'installing both is not using them',
      dockerfile('FROM debian:12', 'RUN apt-get install -y curl wget'),
    ),
  ],
  invalid: [
    invalid(
      'both in one RUN',
      dockerfile('FROM debian:12', 'RUN curl -fsSLo /a https://a && wget -q https://b'),
      [{ line: 2, messageId: 'both', path: 'stages[0].instructions[1].commands[0]' }],
    ),
    invalid(
      'across RUNs: later uses are reported',
      dockerfile(
        'FROM debian:12',
        'RUN wget -q https://a',
        'RUN echo step',
        'RUN curl -fsSLo /b https://b',
        'RUN wget -q https://c',
      ),
      [
        { line: 4, messageId: 'both' },
        { line: 5, messageId: 'both' },
      ],
    ),
  ],
});
