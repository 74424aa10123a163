import { duplicateStageName } from '../../../src/rules/dockerfile/duplicate-stage-name.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(duplicateStageName, {
  valid: [
    valid('unique names', dockerfile('FROM golang:1.22 AS build', 'FROM debian:12 AS final')),
    valid('no names', dockerfile('FROM golang:1.22', 'FROM debian:12')),
  ],
  invalid: [
    invalid(
      'same name, other case',
      dockerfile('FROM golang:1.22 AS build', 'FROM node:20 AS Build', 'FROM debian:12'),
      [{ line: 2, messageId: 'duplicate', path: 'stages[1].instructions[0]' }],
    ),
  ],
});
