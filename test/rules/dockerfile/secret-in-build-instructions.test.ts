import { secretInBuildInstructions } from '../../../src/rules/dockerfile/secret-in-build-instructions.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

const githubToken = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';

ruleTester(secretInBuildInstructions, {
  valid: [
    valid('no ARG or ENV', dockerfile('FROM debian:12', 'RUN echo hi')),
    valid(
      'ordinary values',
      dockerfile('FROM debian:12', 'ARG VERSION=1.2.3', 'ENV PORT=8080 APP_HOME=/app'),
    ),
    valid(
      'secret mount with env',
      dockerfile('FROM node:20', 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci'),
    ),
    valid(
      'secret mount as file',
      dockerfile(
        'FROM amazon/aws-cli:2.17.0',
        'RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://bucket/file /file',
      ),
    ),
    valid(
      'file path under a secret-looking name',
      dockerfile('FROM debian:12', 'ENV DB_PASSWORD_FILE=/run/secrets/db'),
    ),
    valid('placeholder ENV value', dockerfile('FROM debian:12', 'ENV API_TOKEN=<set-at-runtime>')),
    valid('switch under a secret-looking ARG name', dockerfile('FROM debian:12', 'ARG USE_TOKEN=true')),
    valid('variable reference in RUN', dockerfile('FROM debian:12', 'RUN TOKEN=$TOKEN ./deploy.sh')),
    valid(
      'ENV reference to no build argument',
      dockerfile('FROM debian:12', 'ENV DB_PASSWORD=${DB_PASSWORD:-}'),
    ),
  ],
  invalid: [
    invalid('ARG without default', dockerfile('FROM debian:12', 'ARG GITHUB_TOKEN', 'RUN echo hi'), [
      { line: 2, messageId: 'secretArg', path: 'stages[0].instructions[1].properties[0]' },
    ]),
    invalid('ARG before FROM', dockerfile('ARG NPM_TOKEN', 'FROM node:20'), [
      { line: 1, messageId: 'secretArg', path: 'globalArgs[0].properties[0]' },
    ]),
    invalid('token value in ENV', dockerfile('FROM debian:12', `ENV GH=${githubToken}`), [
      { line: 2, messageId: 'secretValue', column: 5 },
    ]),
    invalid(
      'literal password by name, second pair of an ENV',
      dockerfile('FROM debian:12', 'ENV DB_USER=app DB_PASSWORD="s3cr3t-Passw0rd"'),
      [{ line: 2, messageId: 'secretValue', column: 17 }],
    ),
    invalid(
      'ENV copies a build argument',
      dockerfile('FROM debian:12', 'ARG API_KEY', 'ENV API_KEY=${API_KEY}'),
      [
        { line: 2, messageId: 'secretArg' },
        { line: 3, messageId: 'secretEnvFromArg' },
      ],
    ),
    invalid(
      'secret in a RUN assignment',
      dockerfile('FROM debian:12', `RUN GITHUB_TOKEN=${githubToken} ./fetch.sh`),
      [{ line: 2, messageId: 'secretInRun' }],
    ),
    invalid(
      'credentials in a URL on a continuation line',
      dockerfile(
        'FROM alpine:3.20',
        'RUN apk add --no-cache git \\',
        '    # clone the private repository',
        '    && git clone https://deploy:Zx81kPq2mW@git.example.com/app.git /src',
      ),
      [{ line: 4, messageId: 'secretInRun' }],
    ),
    invalid('lowercase instruction', dockerfile('from debian:12', 'env SECRET_KEY=9f8e7d6c5b4a'), [
      { line: 2, messageId: 'secretValue' },
    ]),
  ],
});
