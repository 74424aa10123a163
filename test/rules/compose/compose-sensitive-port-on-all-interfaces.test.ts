import assert from 'node:assert/strict';
import { it } from 'node:test';
import { composeSensitivePortOnAllInterfaces } from '../../../src/rules/compose/compose-sensitive-port-on-all-interfaces.js';
import { ruleTester, runRuleOn } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeSensitivePortOnAllInterfaces, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  db:', '    image: postgres:16'),
    }),
    ...validForEveryVersion({
      name: 'loopback, web ports and unknown host IPs',
      code: lines(
        'services:',
        '  db:',
        '    ports:',
        '      - "127.0.0.1:5432:5432"',
        '      - "[::1]:6379:6379"',
        '      - "127.0.0.1::27017"',
        '      - "8080:80"',
        '      - "5432:8080"',
        '      - "${BIND_IP}:3306:3306"',
        '      - 443',
      ),
    }),
    ...validForEveryVersion({
      name: 'long syntax on loopback',
      code: lines(
        'services:',
        '  db:',
        '    ports:',
        '      - target: 5432',
        '        published: 5432',
        '        host_ip: 127.0.0.1',
      ),
      versions: ['3.8', 'spec'],
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'short syntax',
      code: lines(
        'services:',
        '  db:',
        '    image: postgres:16',
        '    ports:',
        '      - "5432:5432"',
        '      - 6379',
        '      - "0.0.0.0:3306:3306"',
        '      - "[::]:27017:27017"',
        '      - "15432:5432/tcp"',
        '      - "${PG_PORT:-5432}:5432"',
        '      - 11211:11211/udp',
      ),
      errors: [
        { line: 5, messageId: 'exposed', path: 'services.db.ports[0]' },
        { line: 6, messageId: 'exposed', path: 'services.db.ports[1]' },
        { line: 7, messageId: 'exposed', path: 'services.db.ports[2]' },
        { line: 8, messageId: 'exposed', path: 'services.db.ports[3]' },
        { line: 9, messageId: 'exposed', path: 'services.db.ports[4]' },
        { line: 10, messageId: 'exposed', path: 'services.db.ports[5]' },
        { line: 11, messageId: 'exposed', path: 'services.db.ports[6]' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'remote administration: SSH, RDP and VNC',
      code: lines(
        'services:',
        '  desktop:',
        '    ports:',
        '      - "2222:22"',
        '      - "3389:3389"',
        '      - "5900:5900"',
        '      - "5901:5901"',
        '      - "127.0.0.1:5902:5901"',
        '      - "5902:5902"',
      ),
      errors: [
        { line: 4, messageId: 'exposed', path: 'services.desktop.ports[0]' },
        { line: 5, messageId: 'exposed', path: 'services.desktop.ports[1]' },
        { line: 6, messageId: 'exposed', path: 'services.desktop.ports[2]' },
        { line: 7, messageId: 'exposed', path: 'services.desktop.ports[3]' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'ranges count',
      code: lines(
        'services:',
        '  cache:',
        '    ports:',
        '      - "6379-6380:6379-6380"',
        '      - "9000-9300:9000-9300"',
      ),
      errors: [
        { line: 4, messageId: 'exposed' },
        { line: 5, messageId: 'exposed' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'long syntax',
      code: lines(
        'services:',
        '  search:',
        '    ports:',
        '      - target: 9200',
        '        published: 9200',
        '      - target: 5601',
        '        published: "5601"',
        '        host_ip: 0.0.0.0',
        '        protocol: tcp',
      ),
      errors: [
        { line: 4, messageId: 'exposed', path: 'services.search.ports[0]' },
        { line: 6, messageId: 'exposed', path: 'services.search.ports[1]' },
      ],
      versions: ['3.8', 'spec'],
    }),
  ],
});

it('DC017 names the services and grades by what listens', () => {
  const { findings } = runRuleOn(composeSensitivePortOnAllInterfaces, {
    code: lines(
      'services:',
      '  dind:',
      '    ports: ["2375:2375", "6379:6379", "5432:5432", "9200-9300:9200-9300"]',
    ),
  });
  assert.deepEqual(
    findings.map((finding) => [finding.message, finding.severity]),
    [
      ['service "dind" publishes 2375 (Docker Engine API without TLS) on every host interface', 'critical'],
      ['service "dind" publishes 6379 (Redis) on every host interface', 'high'],
      ['service "dind" publishes 5432 (PostgreSQL) on every host interface', 'medium'],
      [
        'service "dind" publishes 9200 (Elasticsearch/OpenSearch HTTP), 9229 (Node.js inspector), 9300 (Elasticsearch transport) on every host interface',
        'high',
      ],
    ],
  );
});

it('DC017 grades remote administration: VNC high, SSH and RDP medium', () => {
  const { findings } = runRuleOn(composeSensitivePortOnAllInterfaces, {
    code: lines('services:', '  desktop:', '    ports: ["22:22", "3389:3389", "5900-5901:5900-5901"]'),
  });
  assert.deepEqual(
    findings.map((finding) => [finding.message, finding.severity]),
    [
      ['service "desktop" publishes 22 (SSH) on every host interface', 'medium'],
      ['service "desktop" publishes 3389 (RDP remote desktop) on every host interface', 'medium'],
      [
        'service "desktop" publishes 5900 (VNC remote desktop), 5901 (VNC remote desktop, display 1) on every host interface',
        'high',
      ],
    ],
  );
});
