import assert from 'node:assert/strict';
import { it } from 'node:test';
import { composeDangerousCapabilities } from '../../../src/rules/compose/compose-dangerous-capabilities.js';
import { ruleTester, runRuleOn } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeDangerousCapabilities, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({
      name: 'harmless capabilities',
      code: lines('services:', '  app:', '    cap_add:', '      - NET_BIND_SERVICE', '      - chown'),
    }),
    ...validForEveryVersion({ name: 'empty list', code: lines('services:', '  app:', '    cap_add: []') }),
    ...validForEveryVersion({
      name: 'dangerous capability dropped, not added',
      code: lines('services:', '  app:', '    cap_drop: [SYS_ADMIN, NET_RAW]'),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'block list, any case, with or without CAP_',
      code: lines(
        'services:',
        '  app:',
        '    image: nginx:1.25',
        '    cap_add:',
        '      - NET_BIND_SERVICE',
        '      - SYS_ADMIN',
        '      - cap_net_admin',
        '      - CAP_SYS_PTRACE',
        '      - dac_read_search',
      ),
      errors: [
        { line: 6, messageId: 'capability', path: 'services.app.cap_add[1]' },
        { line: 7, messageId: 'capability', path: 'services.app.cap_add[2]' },
        { line: 8, messageId: 'capability', path: 'services.app.cap_add[3]' },
        { line: 9, messageId: 'capability', path: 'services.app.cap_add[4]' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'flow list',
      code: lines('services:', '  app:', '    cap_add: [ALL]'),
      errors: [{ line: 3, messageId: 'capability' }],
    }),
    ...invalidForEveryVersion({
      name: 'added even when ALL is dropped',
      code: lines(
        'services:',
        '  app:',
        '    cap_drop: [ALL]',
        '    cap_add:',
        '      - SYS_MODULE',
        '      - NET_RAW',
        '      - BPF',
        '      - PERFMON',
        '      - SYS_RAWIO',
      ),
      errors: [
        { line: 5, messageId: 'capability' },
        { line: 6, messageId: 'capability' },
        { line: 7, messageId: 'capability' },
        { line: 8, messageId: 'capability' },
        { line: 9, messageId: 'capability' },
      ],
    }),
  ],
});

it('DC002 reports ALL, SYS_ADMIN and SYS_MODULE as critical, the others at the rule severity', () => {
  const { findings } = runRuleOn(composeDangerousCapabilities, {
    code: lines('services:', '  app:', '    cap_add: [all, CAP_SYS_ADMIN, SYS_MODULE, NET_ADMIN]'),
  });
  assert.deepEqual(
    findings.map((finding) => [finding.message, finding.severity]),
    [
      ['service "app" adds capability ALL', 'critical'],
      ['service "app" adds capability SYS_ADMIN', 'critical'],
      ['service "app" adds capability SYS_MODULE', 'critical'],
      ['service "app" adds capability NET_ADMIN', 'high'],
    ],
  );
});
