import { unsignedPackages } from '../../../src/rules/dockerfile/unsigned-packages.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(unsignedPackages, {
  valid: [
    valid(
      'signed installs',
      dockerfile(
        'FROM debian:12',
        'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u7',
      ),
    ),
    valid(
      'gpgcheck on',
      dockerfile('FROM rockylinux:9', 'RUN echo "gpgcheck=1" >> /etc/yum.conf && dnf install -y tar-1.34'),
    ),
    valid(
      'repo_gpgcheck is a different setting',
      dockerfile('FROM rockylinux:9', 'RUN dnf --setopt=repo_gpgcheck=0 install -y tar'),
    ),
    valid('no RUN', dockerfile('FROM alpine:3.20', 'COPY app /app')),
  ],
  invalid: [
    invalid(
      'apt-get --allow-unauthenticated',
      dockerfile('FROM debian:12', 'RUN apt-get install -y --allow-unauthenticated curl'),
      [{ line: 2, messageId: 'unsigned', path: 'stages[0].instructions[1].commands[0]' }],
    ),
    invalid(
      'apt-get --force-yes after a comment line',
      dockerfile(
        'FROM debian:12',
        'RUN apt-get update \\',
        '  # old habit',
        '  && apt-get install -y --force-yes curl',
      ),
      [{ line: 4, messageId: 'unsigned' }],
    ),
    invalid(
      'apk --allow-untrusted',
      dockerfile('FROM alpine:3.20', 'RUN apk add --no-cache --allow-untrusted /tmp/pkg.apk'),
      [{ line: 2, messageId: 'unsigned' }],
    ),
    invalid(
      'rpm family',
      dockerfile(
        'FROM rockylinux:9',
        'RUN yum install -y --nogpgcheck tar',
        'RUN rpm -i --nosignature /tmp/a.rpm',
        'RUN sed -i "s/gpgcheck=1/gpgcheck=0/" /etc/yum.repos.d/*.repo',
        'RUN zypper --no-gpg-checks install -y vim',
      ),
      [
        { line: 2, messageId: 'unsigned' },
        { line: 3, messageId: 'unsigned' },
        { line: 4, messageId: 'unsigned' },
        { line: 5, messageId: 'unsigned' },
      ],
    ),
    invalid(
      'trusted=yes apt source in a heredoc',
      dockerfile(
        'FROM debian:12',
        'RUN <<EOF',
        'echo "deb [trusted=yes] http://repo.internal/debian bookworm main" > /etc/apt/sources.list.d/internal.list',
        'apt-get update',
        'EOF',
      ),
      [{ line: 3, messageId: 'unsigned' }],
    ),
    invalid(
      'apt option in JSON form',
      dockerfile(
        'FROM debian:12',
        'RUN ["apt-get", "-o", "APT::Get::AllowUnauthenticated=true", "install", "-y", "x"]',
      ),
      [{ line: 2, messageId: 'unsigned' }],
    ),
  ],
});
