import { untaggedBaseImage } from '../../../src/rules/dockerfile/untagged-base-image.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(untaggedBaseImage, {
  valid: [
    valid('tagged', dockerfile('FROM debian:12')),
    valid(
      'digest',
      dockerfile('FROM debian@sha256:0bb606aad3307370c8b4502eff11fde298e5b7721e59a0da3ce9b30cb92045ed'),
    ),
    valid('scratch', dockerfile('FROM scratch', 'COPY app /')),
    valid('earlier stage', dockerfile('FROM golang:1.22 AS build', 'FROM build AS test', 'FROM test')),
    valid('ARG default carries the tag', dockerfile('ARG BASE=debian:12', 'FROM ${BASE}')),
    valid('unresolved ARG', dockerfile('ARG BASE', 'FROM $BASE')),
    valid('registry with port', dockerfile('FROM registry.internal:5000/team/app:1.4')),
  ],
  invalid: [
    invalid('no tag', dockerfile('FROM debian'), [
      { line: 1, messageId: 'untagged', path: 'stages[0].instructions[0]' },
    ]),
    invalid('registry with port, no tag', dockerfile('FROM registry.internal:5000/team/app'), [
      { line: 1, messageId: 'untagged' },
    ]),
    invalid(
      'second stage and ARG default without tag',
      dockerfile(
        'ARG BASE=ubuntu',
        'FROM golang:1.22 AS build',
        'from ${BASE}',
        'COPY --from=build /out /out',
      ),
      [{ line: 3, messageId: 'untagged', path: 'stages[1].instructions[0]' }],
    ),
    invalid('alias defined later is not a stage reference', dockerfile('FROM app', 'FROM debian:12 AS app'), [
      { line: 1, messageId: 'untagged' },
    ]),
  ],
});
