import { pipeWithoutPipefail } from '../../../src/rules/dockerfile/pipe-without-pipefail.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(pipeWithoutPipefail, {
  valid: [
    valid(
      'SHELL with pipefail',
      dockerfile(
        'FROM debian:12',
        'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
        'RUN wget -O- https://x/a.tgz | tar xz',
      ),
    ),
    valid(
      'SHELL inherited from the parent stage',
      dockerfile(
        'FROM alpine:3.20 AS base',
        'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]',
        'FROM base',
        'RUN wget -O- https://x | tar xz',
      ),
    ),
    valid(
      'set -o pipefail first',
      dockerfile('FROM debian:12', 'RUN set -euo pipefail && wget -O- https://x | tar xz'),
    ),
    valid('no pipe', dockerfile('FROM debian:12', 'RUN echo "a|b" && ls')),
    valid('exec form', dockerfile('FROM debian:12', 'RUN ["sh", "-c", "echo a | cat"]')),
    valid(
      'PowerShell',
      dockerfile(
        'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
        'SHELL ["powershell", "-Command"]',
        'RUN Get-ChildItem | Select-Object Name',
      ),
    ),
  ],
  invalid: [
    invalid('pipe in sh', dockerfile('FROM debian:12', 'RUN wget -O- https://x/a.tgz | tar xz'), [
      { line: 2, messageId: 'pipe', path: 'stages[0].instructions[1].commands[0]' },
    ]),
    invalid(
      'SHELL of another stage does not count',
      dockerfile(
        'FROM debian:12 AS a',
        'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
        'FROM debian:12',
        'RUN curl -s https://x | grep y',
      ),
      [{ line: 4, messageId: 'pipe' }],
    ),
    invalid(
      'SHELL bash without pipefail; heredoc',
      dockerfile(
        'FROM debian:12',
        'SHELL ["/bin/bash", "-c"]',
        'RUN <<EOF',
        'set -e',
        'curl -s https://x | tar xz',
        'EOF',
      ),
      [{ line: 5, messageId: 'pipe' }],
    ),
    invalid(
      'pipefail set after the pipe',
      dockerfile('FROM debian:12', 'RUN ls | wc -l && set -o pipefail'),
      [{ line: 2, messageId: 'pipe' }],
    ),
  ],
});
