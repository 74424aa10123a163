import { pipCacheKept } from '../../../src/rules/dockerfile/pip-cache-kept.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(pipCacheKept, {
  valid: [
    valid(
      '--no-cache-dir',
      dockerfile('FROM python:3.12', 'RUN pip install --no-cache-dir -r requirements.txt'),
    ),
    valid(
      'ENV in a parent stage',
      dockerfile(
        'FROM python:3.12 AS base',
        'ENV PIP_NO_CACHE_DIR=1',
        'FROM base',
        'RUN pip install -r requirements.txt',
      ),
    ),
    valid(
      'variable on the command',
      dockerfile('FROM python:3.12', 'RUN PIP_NO_CACHE_DIR=true pip install flask==3.0.3'),
    ),
    valid(
      'cache mount',
      dockerfile(
        'FROM python:3.12',
        'RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt',
      ),
    ),
    valid('pipx is not pip', dockerfile('FROM python:3.12', 'RUN pipx install poetry==1.8.3')),
  ],
  invalid: [
    invalid('cache kept', dockerfile('FROM python:3.12', 'RUN pip install -r requirements.txt'), [
      { line: 2, messageId: 'cacheKept', path: 'stages[0].instructions[1].commands[0]' },
    ]),
    invalid(
      'ENV set after the RUN does not count',
      dockerfile('FROM python:3.12', 'RUN python -m pip install flask==3.0.3', 'ENV PIP_NO_CACHE_DIR=1'),
      [{ line: 2, messageId: 'cacheKept' }],
    ),
  ],
});
