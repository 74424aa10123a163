import { updateWithoutInstall } from '../../../src/rules/dockerfile/update-without-install.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(updateWithoutInstall, {
  valid: [
    valid(
      'update and install together',
      dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl'),
    ),
    valid('apk add --update', dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache --update curl')),
    valid('update then upgrade', dockerfile('FROM alpine:3.20', 'RUN apk update && apk upgrade')),
    valid(
      'heredoc with both',
      dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y tini', 'EOF'),
    ),
    valid('no package manager', dockerfile('FROM debian:12', 'RUN echo update')),
  ],
  invalid: [
    invalid(
      'update alone, install in the next RUN',
      dockerfile('FROM debian:12', 'RUN apt-get update', 'RUN apt-get install -y curl'),
      [{ line: 2, messageId: 'alone', path: 'stages[0].instructions[1].commands[0]' }],
    ),
    invalid('install before update', dockerfile('FROM alpine:3.20', 'RUN apk add curl && apk update'), [
      { line: 2, messageId: 'alone' },
    ]),
    invalid(
      'other families',
      dockerfile('FROM rockylinux:9', 'RUN dnf makecache', 'RUN zypper refresh && apt-get install -y x'),
      [
        { line: 2, messageId: 'alone' },
        { line: 3, messageId: 'alone' },
      ],
    ),
    invalid(
      'mount flag and lowercase',
      dockerfile('FROM debian:12', 'run --mount=type=cache,target=/var/cache/apt apt-get update'),
      [{ line: 2, messageId: 'alone' }],
    ),
  ],
});
