import { aptGetUnpinned } from '../../../src/rules/dockerfile/apt-get-unpinned.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(aptGetUnpinned, {
  valid: [
    valid(
      'pinned',
      dockerfile(
        'FROM debian:12',
        'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u7 ca-certificates=20230311',
      ),
    ),
    valid(
      'release selection and local deb',
      dockerfile(
        'FROM debian:12',
        'RUN apt-get install -y -t bookworm-backports golang/bookworm-backports ./pkg.deb',
      ),
    ),
    valid(
      'package list in a variable',
      dockerfile('FROM debian:12', 'ARG PACKAGES', 'RUN apt-get install -y $PACKAGES'),
    ),
    valid('no install', dockerfile('FROM debian:12', 'RUN apt-get update')),
    valid(
      'option values are not packages',
      dockerfile(
        'FROM debian:12',
        'RUN apt-get -o Dpkg::Options::=--force-confold install -y tzdata=2024a-0+deb12u1',
      ),
    ),
  ],
  invalid: [
    invalid('unpinned', dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl'), [
      { line: 2, messageId: 'unpinned', path: 'stages[0].instructions[1].commands[1]' },
    ]),
    invalid(
      'package list over continuation lines with a comment',
      dockerfile(
        'FROM debian:12',
        'RUN apt-get update \\',
        '  # tools',
        '  && apt-get install -y \\',
        '     curl=7.88.1-10+deb12u7 \\',
        '     git',
      ),
      [{ line: 4, messageId: 'unpinned' }],
    ),
    invalid(
      'heredoc and sudo',
      dockerfile('FROM debian:12', 'RUN <<EOF', 'sudo apt-get install -y vim', 'EOF'),
      [{ line: 3, messageId: 'unpinned' }],
    ),
  ],
});
