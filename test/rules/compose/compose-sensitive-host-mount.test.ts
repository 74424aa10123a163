import assert from 'node:assert/strict';
import { it } from 'node:test';
import { composeSensitiveHostMount } from '../../../src/rules/compose/compose-sensitive-host-mount.js';
import { ruleTester, runRuleOn } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeSensitiveHostMount, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({
      name: 'project, named and application folders',
      code: lines(
        'services:',
        '  app:',
        '    volumes:',
        '      - ./data:/data',
        '      - data:/etc/app',
        '      - /srv/app:/app',
        '      - /home/dev/project:/workspace',
        '      - /etcetera:/x',
        '      - /var/run/docker.sock:/var/run/docker.sock',
        'volumes:',
        '  data: {}',
      ),
    }),
    ...validForEveryVersion({
      name: 'time zone and CA certificates read-only',
      code: lines(
        'services:',
        '  app:',
        '    volumes:',
        '      - /etc/localtime:/etc/localtime:ro',
        '      - /etc/timezone:/etc/timezone:ro',
        '      - /etc/ssl/certs:/etc/ssl/certs:ro',
        '      - /usr/share/zoneinfo:/usr/share/zoneinfo:ro',
      ),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'short syntax, writable and read-only',
      code: lines(
        'services:',
        '  agent:',
        '    image: agent:1',
        '    volumes:',
        '      - /:/host',
        '      - /etc:/host/etc',
        '      - /etc/passwd:/etc/passwd:ro',
        '      - /proc:/host/proc:ro,z',
        '      - /root/.ssh:/root/.ssh',
        '      - /var/lib/docker:/var/lib/docker',
        '      - /dev:/dev',
        '      - /boot/:/boot:ro',
        '      - /etc/localtime:/etc/localtime',
      ),
      errors: [
        { line: 5, messageId: 'writable', path: 'services.agent.volumes[0]' },
        { line: 6, messageId: 'writable', path: 'services.agent.volumes[1]' },
        { line: 7, messageId: 'readOnly', path: 'services.agent.volumes[2]' },
        { line: 8, messageId: 'readOnly', path: 'services.agent.volumes[3]' },
        { line: 9, messageId: 'writable', path: 'services.agent.volumes[4]' },
        { line: 10, messageId: 'writable', path: 'services.agent.volumes[5]' },
        { line: 11, messageId: 'writable', path: 'services.agent.volumes[6]' },
        { line: 12, messageId: 'readOnly', path: 'services.agent.volumes[7]' },
        { line: 13, messageId: 'writable', path: 'services.agent.volumes[8]' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'long syntax',
      code: lines(
        'services:',
        '  exporter:',
        '    volumes:',
        '      - type: bind',
        '        source: /sys',
        '        target: /host/sys',
        '        read_only: true',
        '      - type: bind',
        '        source: /',
        '        target: /rootfs',
      ),
      errors: [
        { line: 4, messageId: 'readOnly', path: 'services.exporter.volumes[0]' },
        { line: 8, messageId: 'writable', path: 'services.exporter.volumes[1]' },
      ],
      versions: ['3.8', 'spec'],
    }),
  ],
});

it('DC010 grades by path and access: whole root critical, writable high, read-only medium', () => {
  const { findings } = runRuleOn(composeSensitiveHostMount, {
    code: lines(
      'services:',
      '  agent:',
      '    volumes:',
      '      - /:/host',
      '      - /:/host-ro:ro',
      '      - /etc:/host/etc',
      '      - /etc:/host/etc-ro:ro',
    ),
  });
  assert.deepEqual(
    findings.map((finding) => [finding.location.startLine, finding.severity]),
    [
      [4, 'critical'],
      [5, 'high'],
      [6, 'high'],
      [7, 'medium'],
    ],
  );
});
