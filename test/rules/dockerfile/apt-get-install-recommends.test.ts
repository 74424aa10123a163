import { aptGetInstallRecommends } from '../../../src/rules/dockerfile/apt-get-install-recommends.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(aptGetInstallRecommends, {
  valid: [
    valid(
      '--no-install-recommends',
      dockerfile('FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl'),
    ),
    valid(
      'apt option',
      dockerfile('FROM debian:12', 'RUN apt-get install -y -o APT::Install-Recommends=false curl'),
    ),
    valid('no install', dockerfile('FROM debian:12', 'RUN apt-get update')),
  ],
  invalid: [
    invalid('recommends installed', dockerfile('FROM debian:12', 'RUN apt-get install -y curl'), [
      { line: 2, messageId: 'recommends', path: 'stages[0].instructions[1].commands[0]' },
    ]),
    invalid(
      'in a heredoc',
      dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'),
      [{ line: 4, messageId: 'recommends' }],
    ),
  ],
});
