import { firstInstructionNotFrom } from '../../../src/rules/dockerfile/first-instruction-not-from.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(firstInstructionNotFrom, {
  valid: [
    valid('FROM first', dockerfile('FROM debian:12', 'RUN echo hi')),
    valid(
      'directive, comments and ARG first',
      dockerfile('# syntax=docker/dockerfile:1', '# base image', 'ARG BASE=debian:12', 'FROM ${BASE}'),
    ),
  ],
  invalid: [
    invalid('LABEL before FROM', dockerfile('LABEL maintainer=x', 'FROM debian:12'), [
      { line: 1, messageId: 'beforeFrom', path: 'instructions[0]' },
    ]),
    invalid('ENV after ARG, before FROM', dockerfile('ARG A=1', 'ENV B=2', 'FROM debian:12'), [
      { line: 2, messageId: 'beforeFrom' },
    ]),
  ],
});
