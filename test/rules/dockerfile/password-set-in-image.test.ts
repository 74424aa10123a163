import { passwordSetInImage } from '../../../src/rules/dockerfile/password-set-in-image.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(passwordSetInImage, {
  valid: [
    valid('user without password', dockerfile('FROM debian:12', 'RUN useradd --no-log-init -r -u 10001 app')),
    valid('locked password', dockerfile('FROM debian:12', "RUN useradd -p '!' app && usermod -p '*' app")),
    valid('no RUN', dockerfile('FROM debian:12', 'USER 10001')),
  ],
  invalid: [
    invalid('echo | chpasswd', dockerfile('FROM debian:12', "RUN echo 'root:hunter2' | chpasswd"), [
      { line: 2, messageId: 'password', column: 27, path: 'stages[0].instructions[1].commands[1]' },
    ]),
    invalid(
      'useradd -p and passwd --stdin',
      dockerfile(
        'FROM rockylinux:9',
        'RUN useradd -m -p "$(openssl passwd -1 secret)" dev',
        'RUN echo secret | passwd --stdin dev',
      ),
      [
        { line: 2, messageId: 'password' },
        { line: 3, messageId: 'password' },
      ],
    ),
    invalid(
      'heredoc',
      dockerfile('FROM debian:12', 'RUN <<EOF', 'useradd app', 'echo "app:app" | chpasswd', 'EOF'),
      [{ line: 4, messageId: 'password' }],
    ),
  ],
});
