import { workdirRelativePath } from '../../../src/rules/dockerfile/workdir-relative-path.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(workdirRelativePath, {
  valid: [
    valid('no WORKDIR', dockerfile('FROM debian:12')),
    valid('absolute', dockerfile('FROM debian:12', 'WORKDIR /app', 'WORKDIR "/srv/my app"')),
    valid('variable', dockerfile('FROM debian:12', 'ARG HOME_DIR=/app', 'WORKDIR $HOME_DIR')),
    valid(
      'windows drive',
      dockerfile('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'WORKDIR C:\\app'),
    ),
  ],
  invalid: [
    invalid('relative', dockerfile('FROM debian:12', 'WORKDIR app'), [
      { line: 2, messageId: 'relative', path: 'stages[0].instructions[1]' },
    ]),
    invalid('quoted relative, lowercase', dockerfile('from debian:12', 'workdir "src/app"'), [
      { line: 2, messageId: 'relative' },
    ]),
  ],
});
