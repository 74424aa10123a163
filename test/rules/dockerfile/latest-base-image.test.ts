import { latestBaseImage } from '../../../src/rules/dockerfile/latest-base-image.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(latestBaseImage, {
  valid: [
    valid('release tag', dockerfile('FROM node:20.15-bookworm-slim')),
    valid('no tag (another rule)', dockerfile('FROM node')),
    valid(
      'latest pinned by digest',
      dockerfile('FROM node:latest@sha256:0bb606aad3307370c8b4502eff11fde298e5b7721e59a0da3ce9b30cb92045ed'),
    ),
  ],
  invalid: [
    invalid('latest', dockerfile('FROM node:latest'), [
      { line: 1, messageId: 'latest', path: 'stages[0].instructions[0]' },
    ]),
    invalid(
      'latest from an ARG default, with platform',
      dockerfile(
        'ARG IMAGE=ghcr.io/org/base:latest',
        'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
        'FROM ${IMAGE}',
      ),
      [{ line: 3, messageId: 'latest' }],
    ),
  ],
});
