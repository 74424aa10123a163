import { npmUnpinned } from '../../../src/rules/dockerfile/npm-unpinned.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(npmUnpinned, {
  valid: [
    valid('project install', dockerfile('FROM node:20', 'RUN npm install && npm ci')),
    valid('pinned', dockerfile('FROM node:20', 'RUN npm install -g typescript@5.5.4 @angular/cli@18.1.0')),
    valid(
      'git ref, tarball and folder',
      dockerfile('FROM node:20', 'RUN npm i git+https://github.com/org/lib.git#v1.0.0 ./pkg.tgz ./local'),
    ),
    valid('prefix value is not a package', dockerfile('FROM node:20', 'RUN npm install --prefix /opt/app')),
  ],
  invalid: [
    invalid('unpinned', dockerfile('FROM node:20', 'RUN npm install -g typescript'), [
      { line: 2, messageId: 'unpinned', path: 'stages[0].instructions[1].commands[0]' },
    ]),
    invalid(
      'scoped without version, git without ref',
      dockerfile('FROM node:20', 'RUN npm i @angular/cli git+ssh://git@github.com/org/lib.git'),
      [{ line: 2, messageId: 'unpinned' }],
    ),
  ],
});
