import { sudoInRun } from '../../../src/rules/dockerfile/sudo-in-run.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(sudoInRun, {
  valid: [
    valid('root steps before USER', dockerfile('FROM debian:12', 'RUN apt-get update', 'USER app')),
    valid(
      'sudo installed, not used',
      dockerfile('FROM debian:12', 'RUN apt-get install -y sudo=1.9.13p3-1+deb12u1'),
    ),
    valid('no RUN', dockerfile('FROM debian:12')),
  ],
  invalid: [
    invalid('sudo apt-get', dockerfile('FROM debian:12', 'USER app', 'RUN sudo apt-get update'), [
      { line: 3, messageId: 'sudo', path: 'stages[0].instructions[2].commands[0]' },
    ]),
    invalid(
      'sudo with options, in a pipe',
      dockerfile('FROM debian:12', 'RUN echo x | sudo -u root tee /etc/x'),
      [{ line: 2, messageId: 'sudo' }],
    ),
  ],
});
