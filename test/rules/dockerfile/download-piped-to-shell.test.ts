import { downloadPipedToShell } from '../../../src/rules/dockerfile/download-piped-to-shell.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(downloadPipedToShell, {
  valid: [
    valid('no download', dockerfile('FROM debian:12', 'RUN echo hi | tee /tmp/x')),
    valid(
      'download then verify then run',
      dockerfile(
        'FROM debian:12',
        'RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\',
        '    && echo "0123abcd  /tmp/install.sh" | sha256sum -c - \\',
        '    && sh /tmp/install.sh',
      ),
    ),
    valid(
      'download piped into tar',
      dockerfile('FROM debian:12', 'RUN wget -qO- https://example.com/a.tgz | tar xz -C /opt'),
    ),
    valid(
      'shell reads a file, not stdin',
      dockerfile('FROM debian:12', 'RUN curl -fsSL https://x/data.json | sh ./process.sh'),
    ),
    valid(
      'python script reads stdin data',
      dockerfile('FROM python:3.12', 'RUN curl -s https://x/data | python3 parse.py'),
    ),
  ],
  invalid: [
    invalid('curl | sh', dockerfile('FROM debian:12', 'RUN curl -fsSL https://get.example.com | sh'), [
      { line: 2, messageId: 'piped', column: 5, path: 'stages[0].instructions[1].commands[1]' },
    ]),
    invalid(
      'wget -O- | sudo bash -s',
      dockerfile('FROM debian:12', 'RUN wget -O- https://x/install.sh | sudo bash -s -- --yes'),
      [{ line: 2, messageId: 'piped' }],
    ),
    invalid(
      'on a continuation line after a comment',
      dockerfile(
        'FROM debian:12',
        'RUN apt-get update \\',
        '    # fetch the installer',
        '    && curl -sL https://deb.nodesource.com/setup_20.x | bash -',
      ),
      [{ line: 4, messageId: 'piped', column: 8 }],
    ),
    invalid(
      'heredoc script',
      dockerfile(
        'FROM debian:12',
        'RUN <<EOF',
        'set -e',
        'curl -fsSL https://x/install.sh | python3 -',
        'EOF',
      ),
      [{ line: 4, messageId: 'piped', column: 1 }],
    ),
    invalid(
      'sh -c "$(curl …)"',
      dockerfile('FROM debian:12', 'RUN sh -c "$(curl -fsSL https://x/install.sh)"'),
      [{ line: 2, messageId: 'substituted' }],
    ),
    invalid('bash <(curl …)', dockerfile('FROM debian:12', 'RUN bash <(curl -s https://x/install.sh)'), [
      { line: 2, messageId: 'substituted' },
    ]),
    invalid(
      'JSON form with sh -c',
      dockerfile('FROM debian:12', 'RUN ["/bin/sh", "-c", "curl -s https://x | sh"]'),
      [{ line: 2, messageId: 'piped' }],
    ),
    invalid(
      'escape directive with backtick continuation',
      dockerfile('# escape=`', 'FROM debian:12', 'RUN apt-get update && `', '    curl https://x | sh'),
      [{ line: 4, messageId: 'piped' }],
    ),
  ],
});
