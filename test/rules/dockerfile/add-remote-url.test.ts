import { addRemoteUrl } from '../../../src/rules/dockerfile/add-remote-url.js';
import { ruleTester } from '../../support/rule-tester.js';
import { dockerfile, invalid, valid } from './cases.js';

ruleTester(addRemoteUrl, {
  valid: [
    valid('no ADD', dockerfile('FROM debian:12', 'COPY app /app')),
    valid('local archive', dockerfile('FROM debian:12', 'ADD rootfs.tar.gz /')),
    valid(
      'checksum given',
      dockerfile(
        'FROM debian:12',
        'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /opt/',
      ),
    ),
    valid(
      'curl with verification',
      dockerfile(
        'FROM debian:12',
        'RUN curl -fsSLo /tmp/t.tgz https://example.com/t.tgz && echo "abc  /tmp/t.tgz" | sha256sum -c',
      ),
    ),
  ],
  invalid: [
    invalid('URL without checksum', dockerfile('FROM debian:12', 'ADD https://example.com/tool.tgz /opt/'), [
      { line: 2, messageId: 'unverified', path: 'stages[0].instructions[1].sources[0]' },
    ]),
    invalid(
      'second stage, --link and --chmod',
      dockerfile(
        'FROM debian:12 AS base',
        'FROM base',
        'ADD --link --chmod=755 http://example.com/run.sh /usr/local/bin/run',
      ),
      [{ line: 3, messageId: 'unverified' }],
    ),
    invalid('JSON form', dockerfile('FROM debian:12', 'ADD ["https://example.com/a b.txt", "/data/"]'), [
      { line: 2, messageId: 'unverified' },
    ]),
    invalid('lowercase add', dockerfile('from debian:12', 'add https://example.com/x /x'), [{ line: 2 }]),
  ],
});
