import { secretFileCopied } from '../../../src/rules/dockerfile/secret-file-copied.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(secretFileCopied, {
  valid: [
    valid('no COPY', dockerfile('FROM debian:12', 'RUN echo hi')),
    valid('whole context', dockerfile('FROM node:20', 'COPY . .')),
    valid(
      'ordinary files',
      dockerfile('FROM node:20', 'COPY package.json package-lock.json ./', 'COPY src/ /app/src/'),
    ),
    valid(
      'public key and example env',
      dockerfile('FROM debian:12', 'COPY id_rsa.pub .env.example /etc/app/'),
    ),
    valid(
      'public SSH files',
      dockerfile('FROM debian:12', 'COPY .ssh/known_hosts .ssh/config .ssh/id_rsa.pub /root/.ssh/'),
    ),
    valid(
      'certificate bundle',
      dockerfile('FROM debian:12', 'COPY ca-cert.pem /usr/local/share/ca-certificates/'),
    ),
    valid(
      'ssh mount instead of a key',
      dockerfile('FROM alpine:3.20', 'RUN --mount=type=ssh git clone git@github.com:org/repo.git'),
    ),
    valid('heredoc COPY', dockerfile('FROM debian:12', 'COPY <<EOF /etc/app/.env', 'MODE=production', 'EOF')),
  ],
  invalid: [
    invalid('SSH private key', dockerfile('FROM debian:12', 'COPY id_rsa /root/.ssh/id_rsa'), [
      { line: 2, messageId: 'copied', path: 'stages[0].instructions[1].sources[0]' },
    ]),
    invalid('several secret sources in one COPY', dockerfile('FROM node:20', 'COPY --link .npmrc .env ./'), [
      { line: 2, messageId: 'copied', path: 'stages[0].instructions[1].sources[0]' },
      { line: 2, messageId: 'copied', path: 'stages[0].instructions[1].sources[1]' },
    ]),
    invalid(
      'JSON form with --chmod',
      dockerfile('FROM debian:12', 'COPY --chmod=0600 ["server.key", "/etc/ssl/private/"]'),
      [{ line: 2, messageId: 'copied' }],
    ),
    invalid(
      'credentials directories',
      dockerfile(
        'FROM debian:12',
        'COPY .aws/credentials /root/.aws/credentials',
        'ADD .docker/config.json /root/.docker/config.json',
        'COPY ./.ssh/ /root/.ssh/',
        'COPY .git /src/.git',
      ),
      [
        { line: 2, messageId: 'copied' },
        { line: 3, messageId: 'copied' },
        { line: 4, messageId: 'copied' },
        { line: 5, messageId: 'copied' },
      ],
    ),
    invalid('other credential files', dockerfile('FROM python:3.12', 'COPY .pypirc .netrc tls.pem /root/'), [
      { line: 2, messageId: 'copied' },
      { line: 2, messageId: 'copied' },
      { line: 2, messageId: 'copied' },
    ]),
    invalid(
      'builder stage: still reported, at lower severity',
      dockerfile(
        'FROM golang:1.22 AS build',
        'COPY id_ed25519 /root/.ssh/',
        'RUN go build -o /app',
        'FROM scratch',
        'COPY --from=build /app /app',
      ),
      [{ line: 2, messageId: 'copiedInBuilder' }],
    ),
    invalid('lowercase copy', dockerfile('from debian:12', 'copy .env /app/'), [
      { line: 2, messageId: 'copied' },
    ]),
  ],
});
