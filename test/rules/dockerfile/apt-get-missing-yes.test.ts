import { aptGetMissingYes } from '../../../src/rules/dockerfile/apt-get-missing-yes.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(aptGetMissingYes, {
  valid: [
    valid('-y', dockerfile('FROM debian:12', 'RUN apt-get install -y curl')),
    valid(
      '--yes and -qq',
      dockerfile('FROM debian:12', 'RUN apt-get --yes install curl && apt-get -qq install git'),
    ),
    valid(
      'assume-yes option',
      dockerfile('FROM debian:12', 'RUN apt-get -o APT::Get::Assume-Yes=true install curl'),
    ),
    valid('yes piped in', dockerfile('FROM debian:12', 'RUN yes | apt-get install curl')),
    valid('not an install', dockerfile('FROM debian:12', 'RUN apt-get update')),
  ],
  invalid: [
    invalid('missing -y', dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install curl'), [
      { line: 2, messageId: 'missingYes', path: 'stages[0].instructions[1].commands[1]' },
    ]),
    invalid('ONBUILD RUN', dockerfile('FROM debian:12', 'ONBUILD RUN apt-get install curl'), [
      { line: 2, messageId: 'missingYes' },
    ]),
  ],
});
