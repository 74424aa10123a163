import { rootUser } from '../../../src/rules/dockerfile/root-user.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(rootUser, {
  valid: [
    valid('named user', dockerfile('FROM debian:12', 'RUN useradd -u 10001 app', 'USER app')),
    valid('numeric user and group', dockerfile('FROM debian:12', 'USER 10001:10001')),
    valid(
      'root earlier, app last',
      dockerfile('FROM debian:12', 'USER root', 'RUN apt-get update', 'USER app'),
    ),
    valid(
      'builder stage root, final stage non-root',
      dockerfile('FROM golang:1.22 AS build', 'USER root', 'RUN go build', 'FROM debian:12', 'USER 65532'),
    ),
    valid(
      'user inherited from an earlier stage',
      dockerfile('FROM debian:12 AS base', 'USER app', 'FROM base', 'COPY app /app'),
    ),
    valid(
      'non-root base image',
      dockerfile('FROM gcr.io/distroless/static-debian12:nonroot', 'COPY app /app'),
    ),
    valid('user from a build argument', dockerfile('FROM debian:12', 'ARG UID=10001', 'USER ${UID}')),
    valid('lowercase instructions', dockerfile('from debian:12', 'user app')),
  ],
  invalid: [
    invalid('no USER at all', dockerfile('FROM debian:12', 'RUN echo hi'), [
      { line: 1, messageId: 'noUser', path: 'stages[0].instructions[0]' },
    ]),
    invalid('USER root', dockerfile('FROM debian:12', 'USER app', 'USER root'), [
      { line: 3, messageId: 'rootUser', path: 'stages[0].instructions[2]' },
    ]),
    invalid('USER 0', dockerfile('FROM debian:12', 'USER 0'), [{ line: 2, messageId: 'rootUser' }]),
    invalid('USER root:root', dockerfile('FROM debian:12', 'USER root:root'), [
      { line: 2, messageId: 'rootUser' },
    ]),
    invalid('USER 0:0', dockerfile('FROM debian:12', 'USER 0:0'), [{ line: 2, messageId: 'rootUser' }]),
    invalid('USER root:0', dockerfile('FROM debian:12', 'USER root:0'), [{ line: 2, messageId: 'rootUser' }]),
    invalid(
      'multi-stage: only the final FROM is judged',
      dockerfile(
        'ARG BASE=debian:12',
        'FROM ${BASE} AS build',
        'USER app',
        'FROM ${BASE}',
        'COPY --from=build /out /out',
      ),
      [{ line: 4, messageId: 'noUser', path: 'stages[1].instructions[0]' }],
    ),
    invalid(
      'root inherited from the parent stage',
      dockerfile('FROM debian:12 AS base', 'USER root', 'FROM base', 'RUN echo hi'),
      [{ line: 2, messageId: 'rootUser' }],
    ),
    invalid('scratch without USER', dockerfile('FROM scratch', 'COPY app /app'), [
      { line: 1, messageId: 'noUser' },
    ]),
    invalid('lowercase user root', dockerfile('from debian:12', 'user root'), [
      { line: 2, messageId: 'rootUser' },
    ]),
  ],
});
