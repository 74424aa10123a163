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
        '      - /lib/modules:/lib/modules:ro',
        '      - /etc/machine-id:/etc/machine-id:${MACHINE_ID_MODE}',
      ),
    }),
    ...validForEveryVersion({
      name: 'runtime sockets and their folders are left to DC009',
      code: lines(
        'services:',
        '  app:',
        '    volumes:',
        '      - /run:/host/run',
        '      - /var/run/containerd:/run/containerd',
        '      - /run/user/1000:/run/user/1000',
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
    ...invalidForEveryVersion({
      name: 'folders above sensitive paths, sub-paths and normalised paths, as in pods',
      code: lines(
        'services:',
        '  agent:',
        '    volumes:',
        '      - /var:/host/var:ro',
        '      - /var/lib/:/host/var-lib',
        '      - /etc/nginx/conf.d:/etc/nginx/conf.d',
        '      - /usr/local/bin:/host/bin:ro',
        '      - /tmp/../var/lib/kubelet/pods:/pods',
        '      - /etc/ssl/private:/certs:ro',
        '      - /lib/modules:/lib/modules',
      ),
      errors: [
        { line: 4, messageId: 'readOnly' },
        { line: 5, messageId: 'writable' },
        { line: 6, messageId: 'writable' },
        { line: 7, messageId: 'readOnly' },
        { line: 8, messageId: 'writable' },
        { line: 9, messageId: 'readOnly' },
        { line: 10, messageId: 'writable' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'access mode or path from a variable',
      code: lines(
        'services:',
        '  agent:',
        '    volumes:',
        '      - /etc:/host/etc:${MODE}',
        '      - ${HOST_ROOT:-/}:/host',
        '      - ${DATA}:/data',
      ),
      errors: [
        { line: 4, messageId: 'unknownAccess' },
        { line: 5, messageId: 'writable' },
      ],
    }),
  ],
});

it('DC010 names what a folder above a sensitive path contains', () => {
  const { findings } = runRuleOn(composeSensitiveHostMount, {
    code: lines('services:', '  agent:', '    volumes:', '      - /var/lib:/host/var-lib'),
  });
  assert.deepEqual(
    findings.map((finding) => finding.message),
    [
      'service "agent" mounts host path /var/lib writable, exposing /var/lib/containerd (every container ' +
        'filesystem on the node)',
    ],
  );
});

it('DC010 grades as KW034 does: whole root writable critical, every other sensitive mount high', () => {
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
      [7, 'high'],
    ],
  );
});
