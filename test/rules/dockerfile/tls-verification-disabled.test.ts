import { tlsVerificationDisabled } from '../../../src/rules/dockerfile/tls-verification-disabled.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(tlsVerificationDisabled, {
  valid: [
    valid(
      'verified downloads',
      dockerfile('FROM debian:12', 'RUN curl -fsSL https://x -o /tmp/x && wget -q https://y'),
    ),
    valid(
      'curl -o value that contains k',
      dockerfile('FROM debian:12', 'RUN curl -fsSLo k.tgz https://x/k.tgz'),
    ),
    valid(
      'verification switched back on',
      dockerfile('FROM node:20', 'ENV NODE_TLS_REJECT_UNAUTHORIZED=1', 'RUN npm config set strict-ssl true'),
    ),
    valid(
      'private CA instead',
      dockerfile(
        'FROM node:20',
        'COPY corp-ca.crt /usr/local/share/ca-certificates/',
        'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/corp-ca.crt',
      ),
    ),
    valid(
      'ARG without default',
      dockerfile(
        'FROM python:3.12',
        'ARG PIP_TRUSTED_HOST',
        'RUN pip install --no-cache-dir -r requirements.txt',
      ),
    ),
  ],
  invalid: [
    invalid('curl -k in a cluster', dockerfile('FROM debian:12', 'RUN curl -fsSLk https://x -o /tmp/x'), [
      { line: 2, messageId: 'disabledInRun', path: 'stages[0].instructions[1].commands[0]' },
    ]),
    invalid(
      'curl --insecure and wget on continuation lines',
      dockerfile(
        'FROM debian:12',
        'RUN curl --insecure -o /a https://a \\',
        '    # second download',
        '    && wget --no-check-certificate https://b',
      ),
      [
        { line: 2, messageId: 'disabledInRun' },
        { line: 4, messageId: 'disabledInRun' },
      ],
    ),
    invalid(
      'ENV and ARG defaults',
      dockerfile(
        'ARG PYTHONHTTPSVERIFY=0',
        'FROM node:20',
        'ENV NODE_TLS_REJECT_UNAUTHORIZED=0 GIT_SSL_NO_VERIFY=true',
        'ARG PIP_TRUSTED_HOST=pypi.internal',
      ),
      [
        { line: 1, messageId: 'disabledByVariable', path: 'globalArgs[0].properties[0]' },
        { line: 3, messageId: 'disabledByVariable', path: 'stages[0].instructions[1].properties[0]' },
        { line: 3, messageId: 'disabledByVariable', path: 'stages[0].instructions[1].properties[1]' },
        { line: 4, messageId: 'disabledByVariable', path: 'stages[0].instructions[2].properties[0]' },
      ],
    ),
    invalid(
      'git, pip, npm and yum settings',
      dockerfile(
        'FROM python:3.12',
        'RUN git -c http.sslVerify=false clone https://git.internal/repo.git',
        'RUN pip install --trusted-host pypi.internal requests==2.32.3',
        'RUN npm config set strict-ssl false',
        'RUN echo "sslverify=0" >> /etc/yum.conf',
        'RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && node fetch.js',
        'RUN git config --global http.sslverify false',
      ),
      [
        { line: 2, messageId: 'disabledInRun' },
        { line: 3, messageId: 'disabledInRun' },
        { line: 4, messageId: 'disabledInRun' },
        { line: 5, messageId: 'disabledInRun' },
        { line: 6, messageId: 'disabledInRun' },
        { line: 7, messageId: 'disabledInRun' },
      ],
    ),
    invalid(
      'heredoc and JSON form',
      dockerfile(
        'FROM debian:12',
        'RUN <<EOF',
        'apt-get -o Acquire::https::Verify-Peer=false update',
        'EOF',
        'RUN ["curl", "-k", "https://x"]',
      ),
      [
        { line: 3, messageId: 'disabledInRun' },
        { line: 5, messageId: 'disabledInRun' },
      ],
    ),
  ],
});
