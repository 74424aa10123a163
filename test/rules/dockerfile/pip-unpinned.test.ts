import { pipUnpinned } from '../../../src/rules/dockerfile/pip-unpinned.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(pipUnpinned, {
  valid: [
    valid(
      'pinned',
      dockerfile('FROM python:3.12', 'RUN pip install --no-cache-dir requests==2.32.3 "urllib3>=2,<3"'),
    ),
    valid(
      'requirements file',
      dockerfile('FROM python:3.12', 'RUN pip install --no-cache-dir -r requirements.txt'),
    ),
    valid('local project', dockerfile('FROM python:3.12', 'RUN pip install .')),
    valid('constraints', dockerfile('FROM python:3.12', 'RUN pip install -c constraints.txt requests')),
    valid(
      'wheel and vcs ref',
      dockerfile(
        'FROM python:3.12',
        'RUN pip install /tmp/app-1.0-py3-none-any.whl git+https://github.com/org/lib@v1.2.0',
      ),
    ),
    valid(
      'index URL is not a package',
      dockerfile('FROM python:3.12', 'RUN pip install -i https://pypi.internal/simple flask==3.0.3'),
    ),
  ],
  invalid: [
    invalid('unpinned', dockerfile('FROM python:3.12', 'RUN pip install flask'), [
      { line: 2, messageId: 'unpinned', path: 'stages[0].instructions[1].commands[0]' },
    ]),
    invalid(
      'python -m pip and pip3, JSON form',
      dockerfile(
        'FROM python:3.12',
        'RUN python3 -m pip install --upgrade pip',
        'RUN ["pip3", "install", "gunicorn"]',
      ),
      [
        { line: 2, messageId: 'unpinned' },
        { line: 3, messageId: 'unpinned' },
      ],
    ),
  ],
});
