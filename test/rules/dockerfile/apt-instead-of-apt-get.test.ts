import { aptInsteadOfAptGet } from '../../../src/rules/dockerfile/apt-instead-of-apt-get.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(aptInsteadOfAptGet, {
  valid: [
    valid('apt-get', dockerfile('FROM debian:12', 'RUN apt-get update && apt-cache policy curl')),
    valid('apt as an argument', dockerfile('FROM debian:12', 'RUN rm -rf /var/lib/apt')),
  ],
  invalid: [
    invalid('apt install', dockerfile('FROM debian:12', 'RUN apt update && apt install -y curl'), [
      { line: 2, messageId: 'apt', path: 'stages[0].instructions[1].commands[0]' },
      { line: 2, messageId: 'apt', path: 'stages[0].instructions[1].commands[1]' },
    ]),
  ],
});
