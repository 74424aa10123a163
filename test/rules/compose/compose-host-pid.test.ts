import assert from 'node:assert/strict';
import { it } from 'node:test';
import { composeHostPid } from '../../../src/rules/compose/compose-host-pid.js';
import { ruleTester, runRuleOn } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeHostPid, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({ name: 'null', code: lines('services:', '  app:', '    pid:') }),
    ...validForEveryVersion({ name: 'empty string', code: lines('services:', '  app:', '    pid: ""') }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'pid host',
      code: lines('services:', '  app:', '    image: nginx:1.25', '    pid: host'),
      errors: [{ line: 4, messageId: 'hostPid', path: 'services.app.pid' }],
    }),
    ...invalidForEveryVersion({
      name: 'joins another service',
      code: lines('services:', '  db:', '    image: postgres:16', '  debug:', '    pid: "service:db"'),
      errors: [{ line: 5, messageId: 'sharedPid', path: 'services.debug.pid' }],
    }),
    ...invalidForEveryVersion({
      name: 'joins a container',
      code: lines('services:', '  debug: {pid: "container:Web_1"}'),
      errors: [{ line: 2, messageId: 'sharedPid' }],
    }),
  ],
});

it('DC005 reports a shared process namespace as medium and names the other container as written', () => {
  const { findings } = runRuleOn(composeHostPid, {
    code: lines('services:', '  debug:', '    pid: container:Web_1'),
  });
  assert.deepEqual(
    findings.map((finding) => [finding.message, finding.severity]),
    [['service "debug" joins the process namespace of Web_1', 'medium']],
  );
});
