import { sshPortExposed } from '../../../src/rules/dockerfile/ssh-port-exposed.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(sshPortExposed, {
  valid: [
    valid('no EXPOSE', dockerfile('FROM nginx:1.27')),
    valid('other ports', dockerfile('FROM nginx:1.27', 'EXPOSE 80 443/tcp 2222 220')),
    valid('range not covering 22', dockerfile('FROM nginx:1.27', 'EXPOSE 23-25 8000-8100/tcp')),
    valid('variable port', dockerfile('FROM nginx:1.27', 'ARG PORT=22', 'EXPOSE $PORT')),
  ],
  invalid: [
    invalid('EXPOSE 22', dockerfile('FROM debian:12', 'EXPOSE 22'), [
      { line: 2, messageId: 'ssh', path: 'stages[0].instructions[1].ports[0]' },
    ]),
    invalid('22/tcp among others', dockerfile('FROM debian:12', 'EXPOSE 80 22/tcp'), [
      { line: 2, messageId: 'ssh', path: 'stages[0].instructions[1].ports[1]' },
    ]),
    invalid('range covering 22, lowercase', dockerfile('FROM debian:12', 'expose 20-25/tcp'), [
      { line: 2, messageId: 'ssh' },
    ]),
  ],
});
