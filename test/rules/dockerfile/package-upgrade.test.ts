import { packageUpgrade } from '../../../src/rules/dockerfile/package-upgrade.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(packageUpgrade, {
  valid: [
    valid('install only', dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl')),
    valid(
      'upgrade of named packages',
      dockerfile(
        'FROM alpine:3.20',
        'RUN apk upgrade --no-cache openssl && apt-get upgrade -y libssl3',
        'RUN dnf update -y openssl && yum upgrade -y tzdata',
      ),
    ),
    valid('no RUN', dockerfile('FROM debian:12', 'CMD ["bash"]')),
  ],
  invalid: [
    invalid(
      'apt-get upgrade and dist-upgrade',
      dockerfile(
        'FROM debian:12',
        'RUN apt-get update && apt-get -y upgrade',
        'RUN apt-get dist-upgrade -y && apt full-upgrade -y',
      ),
      [
        { line: 2, messageId: 'upgrade', path: 'stages[0].instructions[1].commands[1]' },
        { line: 3, messageId: 'upgrade', path: 'stages[0].instructions[2].commands[0]' },
        { line: 3, messageId: 'upgrade', path: 'stages[0].instructions[2].commands[1]' },
      ],
    ),
    invalid(
      'apk, yum, dnf and zypper',
      dockerfile(
        'FROM alpine:3.20',
        'RUN apk upgrade --no-cache',
        'RUN yum -y update',
        'RUN dnf upgrade -y && microdnf update',
        'RUN zypper --non-interactive dup',
      ),
      [
        { line: 2, messageId: 'upgrade' },
        { line: 3, messageId: 'upgrade' },
        { line: 4, messageId: 'upgrade' },
        { line: 4, messageId: 'upgrade' },
        { line: 5, messageId: 'upgrade' },
      ],
    ),
    invalid(
      'on a continuation line',
      dockerfile('FROM debian:12', 'RUN apt-get update \\', '  && apt-get upgrade -y'),
      [{ line: 3, messageId: 'upgrade' }],
    ),
  ],
});
